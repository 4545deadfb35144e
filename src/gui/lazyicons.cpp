// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyicons.h"

#include "statusicons.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QIconEngine>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleOption>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace peaka::gui {
namespace {

int madeCount = 0; // deferredIconsMade(); icons are made on the GUI thread

class FirstShow final : public QObject
{
public:
    FirstShow(QWidget *widget, std::function<void()> run)
        : QObject(widget)
        , m_run(std::move(run))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            watched->removeEventFilter(this);
            const auto run = std::move(m_run);
            deleteLater();
            run();
        }
        return false;
    }

private:
    std::function<void()> m_run;
};

// Forwards everything to the icon `make` returns, made on first use. Clones
// (QIcon detaches) share it, so it is made once.
class DeferredIconEngine final : public QIconEngine
{
public:
    struct Shared
    {
        std::function<QIcon()> make;
        std::optional<QIcon> icon;
    };

    explicit DeferredIconEngine(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    {
    }

    bool made() const { return m_shared->icon.has_value(); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        real().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        // `size` is in device pixels here; QIcon::pixmap takes logical ones.
        return real().pixmap(size / scale, scale, mode, state);
    }
    void addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state) override
    {
        real().addPixmap(pixmap, mode, state);
    }
    void addFile(const QString &fileName, const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        real().addFile(fileName, size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return real().availableSizes(mode, state);
    }
    QString iconName() override { return real().name(); }
    bool isNull() override { return made() && m_shared->icon->isNull(); }
    QString key() const override { return QStringLiteral("peaka-deferred"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(m_shared); }

private:
    QIcon &real()
    {
        if (!made()) {
            const auto make = std::move(m_shared->make);
            m_shared->icon = make ? make() : QIcon();
            ++madeCount;
        }
        return *m_shared->icon;
    }

    std::shared_ptr<Shared> m_shared;
};

class DeferredExtensionIconStyle final : public QProxyStyle
{
public:
    QIcon standardIcon(StandardPixmap pixmap, const QStyleOption *option, const QWidget *widget) const override
    {
        if (pixmap != SP_ToolBarHorizontalExtensionButton && pixmap != SP_ToolBarVerticalExtensionButton)
            return QProxyStyle::standardIcon(pixmap, option, widget);
        // What the base style reads of the option here is its direction and palette.
        std::optional<QStyleOption> opt;
        if (option)
            opt = *option;
        QPointer<const QWidget> owner(widget);
        QPointer<QStyle> base(baseStyle());
        return deferredIcon([base, pixmap, opt, owner]() -> QIcon {
            if (!base)
                return {};
            return base->standardIcon(pixmap, opt ? &*opt : nullptr, owner.data());
        });
    }
};

} // namespace

void whenFirstShown(QWidget *widget, std::function<void()> run)
{
    if (widget->isVisible())
        run();
    else
        new FirstShow(widget, std::move(run));
}

void setStandardIconWhenShown(QAbstractButton *button, QStyle::StandardPixmap pixmap)
{
    whenFirstShown(button, [button, pixmap] { button->setIcon(button->style()->standardIcon(pixmap)); });
}

QIcon deferredIcon(std::function<QIcon()> make)
{
    auto shared = std::make_shared<DeferredIconEngine::Shared>();
    shared->make = std::move(make);
    return QIcon(new DeferredIconEngine(std::move(shared)));
}

QIcon deferredUiIcon(const char *name)
{
    return deferredIcon([name] { return uiIcon(name); });
}

void setWindowIconSoon(const QStringList &paths)
{
    QTimer::singleShot(0, qApp, [paths] {
        for (const QString &path : paths) {
            if (QFile::exists(path)) {
                QApplication::setWindowIcon(QIcon(path));
                return;
            }
        }
    });
}

int deferredIconsMade()
{
    return madeCount;
}

void deferToolBarExtensionIcons()
{
    QApplication::setStyle(new DeferredExtensionIconStyle);
}

} // namespace peaka::gui
