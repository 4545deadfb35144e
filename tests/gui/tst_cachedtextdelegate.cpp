// SPDX-License-Identifier: GPL-3.0-or-later
// CachedTextDelegate paints what QStyledItemDelegate paints (text, elided
// text, selection, alignment, icons, lines it leaves to the style), but lays
// out each text once: a repaint of moved rows reuses the cached lines.
#include "cachedtextdelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace peaka::gui;

namespace {

struct Table
{
    QStandardItemModel model{0, 3};
    QTableView view;
    explicit Table(QAbstractItemDelegate *delegate, bool wrap = false)
    {
        view.setWordWrap(wrap); // the export table's: one line, elided
        delegate->setParent(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
        view.setColumnWidth(0, 90);
        view.setColumnWidth(1, 160);
        view.setColumnWidth(2, 120);
        view.resize(420, 320);
    }
    void add(const QStringList &cells, Qt::Alignment third = Qt::AlignLeft | Qt::AlignVCenter)
    {
        QList<QStandardItem *> items;
        for (const QString &c : cells)
            items << new QStandardItem(c);
        items.at(2)->setTextAlignment(third);
        model.appendRow(items);
    }
    QImage picture()
    {
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        view.viewport()->render(&image);
        return image;
    }
};

// Both tables get the same rows: short text, text far wider than its cell,
// a right-aligned number, an icon, two lines (left to the style).
void fill(Table &t)
{
    t.add({QStringLiteral("Succeeded"), QStringLiteral("hubspot.deals.\"deals\""), QStringLiteral("1,234")},
          Qt::AlignRight | Qt::AlignVCenter);
    t.add({QStringLiteral("Failed"),
           QStringLiteral("Query exceeded the 1,000,000 row export limit of this project and was stopped"),
           QStringLiteral("12.5 MB")});
    t.add({QStringLiteral("Running"), QStringLiteral("two\nlines"), QStringLiteral("5 min ago")});
    QPixmap icon(14, 14);
    icon.fill(Qt::darkGreen);
    t.model.item(0, 0)->setIcon(QIcon(icon));
    t.view.selectRow(1);
}

// How many pixels of two pictures differ by more than a little.
int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (qAbs(p.red() - q.red()) + qAbs(p.green() - q.green()) + qAbs(p.blue() - q.blue()) > 48)
                ++n;
        }
    return n;
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 128;
    return n;
}

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paintsLikeTheStyledDelegate()
    {
        auto *cached = new CachedTextDelegate;
        Table mine(cached);
        Table plain(new QStyledItemDelegate);
        fill(mine);
        fill(plain);
        mine.view.show();
        plain.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mine.view));
        QVERIFY(QTest::qWaitForWindowExposed(&plain.view));
        const QImage a = mine.picture(), b = plain.picture();
        QVERIFY(inkPixels(a) > 200); // text was painted at all
        // Identical here; glyph edges may land a subpixel apart elsewhere. A text misplaced, missing,
        // not elided or in the wrong color would differ in hundreds of pixels.
        const int differing = differingPixels(a, b);
        qInfo("%d of %d ink pixels differ", differing, inkPixels(b));
        QVERIFY2(differing < inkPixels(b) / 100, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }

    // A view that wraps text elides at a word: that is left to the style.
    void wrappingViewsAreLeftToTheStyle()
    {
        auto *cached = new CachedTextDelegate;
        Table mine(cached, true);
        Table plain(new QStyledItemDelegate, true);
        fill(mine);
        fill(plain);
        mine.view.show();
        plain.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mine.view));
        QVERIFY(QTest::qWaitForWindowExposed(&plain.view));
        QCOMPARE(mine.picture(), plain.picture());
        QCOMPARE(cached->cachedTexts(), 0);
    }

    // Rows inserted above the visible ones move every cell: the repaint
    // finds their text laid out already.
    void repaintOfMovedRowsReusesTheLayout()
    {
        auto *cached = new CachedTextDelegate;
        Table t(cached);
        for (int i = 0; i < 8; ++i)
            t.add({QStringLiteral("Succeeded"), QStringLiteral("source %1").arg(i), QStringLiteral("%1 MB").arg(i)});
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.picture();
        const int before = cached->cachedTexts();
        QVERIFY(before >= 8 * 3 - 7); // "Succeeded" is one entry for all rows
        t.model.insertRow(0, {new QStandardItem(QStringLiteral("Succeeded")), new QStandardItem(QStringLiteral("new")),
                              new QStandardItem(QStringLiteral("0.5 MB"))});
        t.picture();
        QCOMPARE(cached->cachedTexts(), before + 2); // only the new row's two new texts
    }
};

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
