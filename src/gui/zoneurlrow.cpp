// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneurlrow.h"

#include "api/baseurl.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace peaka::gui {

ZoneUrlRow::ZoneUrlRow(QWidget *parent)
    : QWidget(parent), m_zone(new QComboBox(this)), m_url(new QLineEdit(this))
{
    const QString us = QLatin1String(BaseUrl::usUrl);
    const QString eu = QLatin1String(BaseUrl::euUrl);
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->setAccessibleName(tr("Peaka zone"));
    m_zone->addItem(tr("US (%1)", "Peaka's US zone (host name)").arg(QUrl(us).host()), us);
    m_zone->addItem(tr("EU (%1)", "Peaka's EU zone (host name)").arg(QUrl(eu).host()), eu);
    m_zone->addItem(tr("Other URL\u2026", "a base URL typed by the user"), QString());
    m_zone->setItemData(Us, us, Qt::ToolTipRole);
    m_zone->setItemData(Eu, eu, Qt::ToolTipRole);
    m_zone->setItemData(Other, tr("Any base URL, e.g. a self-hosted or staging deployment"), Qt::ToolTipRole);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_url->setObjectName(QStringLiteral("baseUrlEdit"));
    m_url->setAccessibleName(tr("Base URL of the Peaka API"));
    m_url->setPlaceholderText(tr("https://\u2026/api/v1"));
    m_url->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_zone);
    layout->addWidget(m_url, 1);
    setFocusProxy(m_zone);
    setTabOrder(m_zone, m_url);

    connect(m_zone, qOverload<int>(&QComboBox::activated), this, [this] { apply(true); });
    connect(m_zone, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { apply(false); });
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Hidden while a zone is chosen, so only code sets it: the text wins, as setUrl().
        if (choice() != Other && text.trimmed() != urlText()) {
            setUrl(QUrl(text.trimmed()));
            return;
        }
        emit changed();
    });
}

void ZoneUrlRow::setUrl(const QUrl &url)
{
    const QString zone = BaseUrl::zoneOf(url);
    const QSignalBlocker block(m_url);
    m_url->setText(url.toString());
    setChoice(zone == QLatin1String("us") ? Us : zone == QLatin1String("eu") ? Eu : Other);
    apply(false);
}

QString ZoneUrlRow::urlText() const
{
    return choice() == Other ? m_url->text().trimmed() : m_zone->currentData().toString();
}

ZoneUrlRow::Choice ZoneUrlRow::choice() const
{
    return Choice(qBound(0, m_zone->currentIndex(), int(Other)));
}

void ZoneUrlRow::setChoice(Choice choice)
{
    m_zone->setCurrentIndex(choice);
}

void ZoneUrlRow::apply(bool fromUser)
{
    const bool other = choice() == Other;
    if (other && m_url->text().trimmed().isEmpty()) {
        const QSignalBlocker block(m_url);
        m_url->setText(QLatin1String(BaseUrl::usUrl)); // a start to edit, not a blank
    }
    m_url->setVisible(other);
    if (other && fromUser)
        m_url->setFocus(Qt::OtherFocusReason);
    emit changed();
}

} // namespace peaka::gui
