// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"
#include "lazyicons.h"

#include "statusicons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace peaka::gui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error message"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "#errorBanner { background: #fdecec; border: 1px solid #e8a5a5; border-radius: 4px; }"
        "#errorBanner QLabel { color: #7a1f1f; }"));
    whenFirstShown(m_icon, [this] { m_icon->setPixmap(uiIcon("warning").pixmap(16, 16)); }); // hidden at start
    m_icon->setObjectName(QStringLiteral("errorBannerIcon"));
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Error", "accessible name of the error text"));
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_retry->setAccessibleName(tr("Retry now"));
    m_close->setObjectName(QStringLiteral("errorBannerClose"));
    m_close->setIcon(deferredUiIcon("close"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide error message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

void ErrorBanner::showError(const QString &message, const QString &detail)
{
    showError(message, detail, {});
}

void ErrorBanner::showError(const QString &message, const QString &detail, const QList<QAction *> &actions)
{
    clearActionButtons();
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        row->insertWidget(row->indexOf(m_retry), button);
        m_actionButtons.append(button);
    }
    m_retry->setVisible(actions.isEmpty());
    m_text->setText(message);
    m_text->setToolTip(detail);
    setVisible(true);
}

void ErrorBanner::dismiss()
{
    clearActionButtons();
    m_retry->show();
    m_text->clear();
    hide();
}

void ErrorBanner::clearActionButtons()
{
    // Later: a button may be the one whose click led here.
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_actionButtons.clear();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

} // namespace peaka::gui
