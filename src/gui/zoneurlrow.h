// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace peaka::gui {

// Where the API lives: Peaka's US zone (the default), its EU zone, or
// "Other URL…", which shows a field for any base URL (self-hosted, staging,
// a local demo). The URL field is hidden while a zone is chosen, so most
// people never see a URL. Children: "zoneCombo", "baseUrlEdit".
class ZoneUrlRow : public QWidget
{
    Q_OBJECT
public:
    enum Choice { Us, Eu, Other };

    explicit ZoneUrlRow(QWidget *parent = nullptr);

    // A zone's URL selects that zone; anything else is "Other URL…" with the text.
    void setUrl(const QUrl &url);
    // The zone's URL, or the typed text (trimmed) for "Other URL…".
    QString urlText() const;
    Choice choice() const;
    void setChoice(Choice choice);

    QComboBox *zoneCombo() const { return m_zone; }
    QLineEdit *urlEdit() const { return m_url; }

signals:
    // The zone or the typed URL changed.
    void changed();

private:
    void apply(bool fromUser);

    QComboBox *m_zone;
    QLineEdit *m_url;
};

} // namespace peaka::gui
