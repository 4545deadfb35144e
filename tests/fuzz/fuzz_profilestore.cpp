// SPDX-License-Identifier: GPL-3.0-or-later
// profiles.ini read back from disk, corrupt or edited: every profile listed
// has a safe id and reads back the same by that id, and the current project
// is one of the profile's or empty.
#include "fuzzsupport.h"

#include "profiles/profilestore.h"

#include <QFile>

using namespace peaka;

namespace {

void checkStore(const QString &path)
{
    ProfileStore store(path);
    const QList<Profile> profiles = store.profiles();
    for (const Profile &p : profiles) {
        const QString why = p.id.left(60);
        FUZZ_CHECK(!p.id.isEmpty() && p.id.size() <= 128, why);
        for (QChar c : p.id)
            FUZZ_CHECK(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'), why);
        FUZZ_CHECK(store.contains(p.id), why);
        const std::optional<Profile> again = store.profile(p.id);
        FUZZ_CHECK(again && *again == p, why);
        const QString project = store.currentProject(p.id);
        FUZZ_CHECK(project.isEmpty() || Profile::cleanProjectIds(p.projectIds).contains(project),
                   why + QLatin1Char(' ') + project.left(40));
        (void)p.validate();
        (void)p.maskedKey();
        (void)store.problems(p);
    }
    FUZZ_CHECK(profiles.isEmpty() || !store.isEmpty(), path);
    (void)store.currentProfileId();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A new name each time: QSettings caches files by path and modification time.
    static int run = 0;
    const QString path = fuzz::writeScratch(QStringLiteral("profiles-%1.ini").arg(++run), fuzz::bytes(data, size));
    checkStore(path);
    QFile::remove(path);
    return 0;
}
