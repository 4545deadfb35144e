// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profilechecks.h"

#include <QRegularExpression>

namespace peaka {

QStringList ProfileChecks::splitProjectIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return Profile::cleanProjectIds(text.split(separators, Qt::SkipEmptyParts));
}

QStringList ProfileChecks::problems(const Profile &profile)
{
    QStringList out;
    const int ids = int(Profile::cleanProjectIds(profile.projectIds).size());
    if (profile.keyKind == KeyKind::Project && ids > 1)
        out << tr("A Project key works for one project only, but %n project ids are listed. Keep one, "
                  "or choose \u201cPartner key\u201d if this key sees every project.",
                  nullptr, ids);
    return out;
}

bool ProfileChecks::kindFromAnswer(const ApiError &answer, KeyKind *kind)
{
    if (!answer.isError()) {
        *kind = KeyKind::Partner;
        return true;
    }
    if (answer.kind() == ApiError::Forbidden) {
        *kind = KeyKind::Project;
        return true;
    }
    return false;
}

QString ProfileChecks::kindMismatch(KeyKind chosen, const ApiError &answer)
{
    KeyKind actual = chosen;
    if (!kindFromAnswer(answer, &actual) || actual == chosen)
        return {};
    if (actual == KeyKind::Project)
        return tr("This key cannot list projects, so it is a Project key, not a Partner key. Choose "
                  "\u201cProject key (one project)\u201d and keep only its own project id.");
    return tr("This key can list every project, so it is a Partner key. Choose \u201cPartner key "
              "(every project)\u201d to pick projects by name.");
}

} // namespace peaka
