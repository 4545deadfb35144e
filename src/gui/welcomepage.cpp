// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "statusicons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace peaka::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_welcome(new QWidget(this))
    , m_connecting(new QLabel(tr("Connecting…", "start-up: the saved connection's API key is being read"), this))
    , m_add(new QPushButton(tr("Add a connection…"), m_welcome))
    , m_demo(new QPushButton(uiIcon("demo"), tr("Explore with demo data"), m_welcome))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));
    auto *title = new QLabel(tr("Welcome to Peaka Exports"), m_welcome);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto *text = new QLabel(tr("Browse the data exports of your Peaka projects, follow running "
                               "exports live and download their files.\n\nConnect with a Peaka API "
                               "key, or look around first with a built-in demo project."),
                            m_welcome);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520)); // aligned in a layout: no height-for-width
    m_add->setObjectName(QStringLiteral("addConnectionButton"));
    m_add->setAccessibleName(tr("Add a connection"));
    m_add->setDefault(true);
    m_add->setMinimumWidth(240);
    m_demo->setObjectName(QStringLiteral("exploreDemoButton"));
    m_demo->setAccessibleName(tr("Explore with demo data"));
    m_demo->setMinimumWidth(240);

    auto *layout = new QVBoxLayout(m_welcome);
    layout->setContentsMargins({});
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(m_add, 0, Qt::AlignHCenter);
    layout->addWidget(m_demo, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setTabOrder(m_add, m_demo);

    m_connecting->setObjectName(QStringLiteral("connectingLabel"));
    m_connecting->setAlignment(Qt::AlignCenter);
    m_connecting->setVisible(false);
    auto *page = new QVBoxLayout(this);
    page->addWidget(m_welcome);
    page->addWidget(m_connecting);

    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addConnectionRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

void WelcomePage::setConnecting(bool connecting)
{
    // Showing a child activates its layout (the text is laid out) even in a
    // hidden window: only for a change.
    if (connecting == isConnecting() && m_welcome->isHidden() == connecting)
        return;
    m_welcome->setVisible(!connecting);
    m_connecting->setVisible(connecting);
}

bool WelcomePage::isConnecting() const
{
    return !m_connecting->isHidden();
}

} // namespace peaka::gui
