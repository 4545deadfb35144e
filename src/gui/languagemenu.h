// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace peaka::gui {

// View ▸ Language: System, English, Deutsch, Türkçe. The choice is stored in
// the setting Translations::settingsKey() and takes effect on the next start;
// choosing says so, in the language chosen, in a non-modal message box
// (objectName "languageRestartBox") that offers "Restart Now"
// (restartRequested(); the app restarts itself) or "Later". The actions'
// objectNames are "language_system", "language_en", "language_de", "language_tr".
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The checked choice: "" (system), "en", "de" or "tr".
    QString choice() const;

Q_SIGNALS:
    void languageChosen(const QString &code);
    // "Restart Now": the app quits as usual and starts again.
    void restartRequested();

private:
    void choose(const QString &code);

    QActionGroup *m_group;
};

} // namespace peaka::gui
