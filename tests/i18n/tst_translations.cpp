// SPDX-License-Identifier: GPL-3.0-or-later
// translations_complete: every string in src/ and ui/ has a finished, non-empty
// translation in every translations/*.ts. lupdate runs over the current
// sources into temporary copies, so strings added since the last
// translations/update.sh count as missing too. The failure lists each one.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString location; // file:line of the first occurrence
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                m = Message();
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("location") && m.location.isEmpty()) {
                const QString file = xml.attributes().value(QLatin1String("filename")).toString();
                // lupdate writes file names relative to the .ts file.
                const QString absolute = QFileInfo(path).absoluteDir().absoluteFilePath(file);
                m.location = QDir(QStringLiteral(PEAKA_SOURCE_DIR)).relativeFilePath(absolute) + QLatin1Char(':')
                    + xml.attributes().value(QLatin1String("line")).toString();
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                m.unfinished = type == QLatin1String("unfinished");
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(PEAKA_SOURCE_DIR "/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("peaka-exports_*.ts")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QString describe(const Message &m)
{
    QString text = QStringLiteral("%1 [%2] \"%3\"").arg(m.location, m.context, m.source);
    if (!m.comment.isEmpty())
        text += QStringLiteral(" (%1)").arg(m.comment);
    return text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?n|L?[1-9])"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured().remove(QLatin1Char('L'));
    out.sort();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete()
    {
        const QStringList files = tsFiles();
        QVERIFY2(files.size() >= 2, "expected translations/peaka-exports_de.ts and _tr.ts");
        if (!QFile::exists(QStringLiteral(PEAKA_LUPDATE)))
            QSKIP("lupdate not found (Debian: qt6-l10n-tools)");

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QStringList copies;
        for (const QString &f : files) {
            const QString copy = tmp.filePath(QFileInfo(f).fileName());
            QVERIFY(QFile::copy(f, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies << copy;
        }
        // English (the source language) keeps only the plural forms, as translations/update.sh makes it.
        QStringList english, others;
        for (const QString &copy : std::as_const(copies))
            (copy.endsWith(QLatin1String("_en.ts")) ? english : others) << copy;
        for (const QStringList &group : {others, english}) {
            if (group.isEmpty())
                continue;
            QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("absolute"),
                             QStringLiteral(PEAKA_SOURCE_DIR "/src"), QStringLiteral(PEAKA_SOURCE_DIR "/ui"),
                             QStringLiteral("-ts")};
            if (group == english)
                args.prepend(QStringLiteral("-pluralonly"));
            QProcess lupdate;
            lupdate.setWorkingDirectory(QStringLiteral(PEAKA_SOURCE_DIR));
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            lupdate.start(QStringLiteral(PEAKA_LUPDATE), args + group);
            QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
            const QByteArray log = lupdate.readAll();
            QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, log.constData());
        }

        QStringList report;
        int total = 0;
        for (const QString &copy : copies) {
            QString language, error;
            const QList<Message> messages = readTs(copy, &language, &error);
            QVERIFY2(error.isEmpty(), qPrintable(copy + QLatin1String(": ") + error));
            QVERIFY(!messages.isEmpty());
            total = qMax(total, int(messages.size()));
            for (const Message &m : messages) {
                if (language == QLatin1String("en") && !m.numerus)
                    continue; // English needs only its plural forms
                bool empty = m.translations.isEmpty();
                for (const QString &t : m.translations)
                    empty = empty || t.isEmpty();
                if (m.unfinished || empty)
                    report << QStringLiteral("%1: %2%3").arg(language, describe(m),
                                                             m.unfinished ? QString() : QStringLiteral(" [empty]"));
            }
        }
        qInfo("%d source texts checked in %d languages", total, int(copies.size()));
        if (!report.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("%1 untranslated message(s):\n  %2\n"
                                            "Run translations/update.sh, translate the entries marked "
                                            "unfinished (Qt Linguist or by hand) and remove type=\"unfinished\"; "
                                            "see translations/README.md.")
                                 .arg(report.size())
                                 .arg(report.join(QLatin1String("\n  ")))));
        }
    }

    // The checked-in translations keep every %1/%n of their source text.
    void placeholdersKept()
    {
        QStringList report;
        for (const QString &f : tsFiles()) {
            QString language, error;
            const QList<Message> messages = readTs(f, &language, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const Message &m : messages) {
                for (const QString &t : m.translations) {
                    if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                        report << QStringLiteral("%1: %2 -> \"%3\"").arg(language, describe(m), t);
                    const bool accel = m.source.contains(QRegularExpression(QStringLiteral("&[^ &]")));
                    if (!t.isEmpty() && accel != t.contains(QRegularExpression(QStringLiteral("&[^ &]"))))
                        report << QStringLiteral("%1: %2 -> \"%3\" (keyboard accelerator)").arg(language, describe(m), t);
                }
            }
        }
        QVERIFY2(report.isEmpty(), qPrintable(report.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
