// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyicons.h"

#include <QAbstractButton>
#include <QEvent>
#include <QWidget>

namespace peaka::gui {
namespace {

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

} // namespace peaka::gui
