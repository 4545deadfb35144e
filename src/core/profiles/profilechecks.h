// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace peaka {

// The rules about a profile's key kind that Profile::validate() leaves to the
// form (stored profiles and the CLI keep their older, looser rules):
// a Project key works for exactly one project; whether a key is a Partner or
// a Project key cannot be read from it (both are "prefix.secret"), only from
// how the server answers the projects list (a Project key gets 403).
class ProfileChecks
{
    Q_DECLARE_TR_FUNCTIONS(peaka::ProfileChecks)
public:
    // The project ids typed in a text: split at commas, semicolons and
    // whitespace, repeats dropped, in their order.
    static QStringList splitProjectIds(const QString &text);

    // Sentences that keep the form from being saved (empty: fine).
    static QStringList problems(const Profile &profile);

    // After the server answered the projects list with `answer` (None: it
    // listed them): a sentence when the key is of the other kind than the
    // one chosen, else empty. Errors that say nothing about the kind
    // (a rejected key, the network) give no sentence.
    static QString kindMismatch(KeyKind chosen, const ApiError &answer);
    // The kind the answer proves, when it proves one.
    static bool kindFromAnswer(const ApiError &answer, KeyKind *kind);
};

} // namespace peaka
