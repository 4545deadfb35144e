// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "common/translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace peaka::gui {
namespace {

constexpr const char *Context = "peaka::gui::LanguageMenu";

struct Text // what QT_TRANSLATE_NOOP3 gives
{
    const char *source;
    const char *comment;
};

} // namespace

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
    // Said in the language chosen: someone who cannot read the current one
    // picked the one they can.
    const auto say = [&code](const char *source, const char *comment = nullptr) {
        return Translations::translate(code, Context, source, comment);
    };
    const Text restartText = QT_TRANSLATE_NOOP3("peaka::gui::LanguageMenu", "Restart Now",
                                                "restart the app in the new language");
    const Text laterText = QT_TRANSLATE_NOOP3("peaka::gui::LanguageMenu", "Later", "restart the app later");
    auto *box = new QMessageBox(QMessageBox::Information,
                                say(QT_TRANSLATE_NOOP("peaka::gui::LanguageMenu", "&Language")).remove(QLatin1Char('&')),
                                say(QT_TRANSLATE_NOOP("peaka::gui::LanguageMenu",
                                                      "Peaka Exports shows the new language after a restart. "
                                                      "Running downloads are paused and resume after the restart.")),
                                QMessageBox::NoButton, parentWidget());
    box->setObjectName(QStringLiteral("languageRestartBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restart = box->addButton(say(restartText.source, restartText.comment), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartNowButton"));
    QPushButton *later = box->addButton(say(laterText.source, laterText.comment), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("restartLaterButton"));
    box->setDefaultButton(restart);
    connect(restart, &QPushButton::clicked, this, &LanguageMenu::restartRequested);
    box->open();
}

} // namespace peaka::gui
