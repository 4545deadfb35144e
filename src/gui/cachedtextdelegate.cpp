// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>

namespace peaka::gui {
namespace {

// What QCommonStyle lays out on one line exactly as below: no wrapping (it
// would elide at a word), no line breaks, left to right, the icon (if any)
// left of the text.
bool isOneLine(const QStyleOptionViewItem &opt)
{
    if (opt.direction != Qt::LeftToRight || opt.decorationPosition != QStyleOptionViewItem::Left
        || (opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::WrapText))
        || (opt.state & QStyle::State_Editing))
        return false;
    for (const QChar c : opt.text) {
        if (c == QLatin1Char('\n') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

} // namespace

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty() || !isOneLine(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear(); // the style paints all but the text, which it would lay out three times
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The text rect and margins of QCommonStyle::viewItemDrawText.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const Key key{text, textRect.width(), qHash(opt.font), int(opt.textElideMode)};
    QStaticText *line = m_texts.object(key);
    if (!line) {
        line = new QStaticText(opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()));
        line->setTextFormat(Qt::PlainText);
        line->setPerformanceHint(QStaticText::AggressiveCaching);
        line->prepare(QTransform(), opt.font);
        m_texts.insert(key, line);
    }
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    // Placed as QCommonStyle places its line: vertically by the font's height,
    // horizontally by the text's unrounded width.
    const qreal width = line->size().width();
    const QRect box = QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                          QSize(textRect.width(), opt.fontMetrics.height()), textRect);
    QPointF at(textRect.left(), box.top());
    if (opt.displayAlignment & Qt::AlignRight)
        at.setX(textRect.left() + textRect.width() - width);
    else if (opt.displayAlignment & Qt::AlignHCenter)
        at.setX(textRect.left() + (textRect.width() - width) / 2);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawStaticText(at, *line);
    painter->restore();
}

} // namespace peaka::gui
