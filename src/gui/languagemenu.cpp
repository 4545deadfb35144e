// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "common/translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>

namespace peaka::gui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString systemName = QLocale::system().nativeLanguageName();
    const QString system = systemName.isEmpty()
        ? tr("System", "language: follow the operating system")
        : tr("System (%1)", "language: follow the operating system; %1 is its language").arg(systemName);
    // The languages are named in their own language, so that anyone can find theirs.
    const QList<QPair<QString, QString>> entries = {
        {QString(), system},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("tr"), QString::fromUtf8("T\xc3\xbcrk\xc3\xa7" "e")},
    };
    const QString current = Translations::configuredLanguage();
    for (const auto &[code, name] : entries) {
        QAction *action = addAction(name);
        action->setObjectName(QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == current);
        m_group->addAction(action);
        if (code.isEmpty())
            addSeparator();
    }
    if (!m_group->checkedAction())
        m_group->actions().constFirst()->setChecked(true);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) { choose(action->data().toString()); });
}

QString LanguageMenu::choice() const
{
    return m_group->checkedAction() ? m_group->checkedAction()->data().toString() : QString();
}

void LanguageMenu::choose(const QString &code)
{
    if (code == Translations::configuredLanguage())
        return;
    Translations::setConfiguredLanguage(code);
    Q_EMIT languageChosen(code);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language is used the next time you start Peaka Exports."),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageRestartBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace peaka::gui
