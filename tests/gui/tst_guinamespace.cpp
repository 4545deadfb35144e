// SPDX-License-Identifier: GPL-3.0-or-later
// Every class of src/gui lives in peaka::gui (core is peaka): the headers are
// read line by line, and the QObject classes that once were in peaka say so
// in their meta-object name, which is also their translation context.
#include "keychainfallback.h"
#include "newexportcontroller.h"
#include "newexportdialog.h"
#include "notifier.h"
#include "profiledialog.h"
#include "profilemanagerdialog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <type_traits>

// Compiles only while these names are in peaka::gui.
static_assert(std::is_class_v<peaka::gui::KeychainFallback>);
static_assert(std::is_class_v<peaka::gui::ProfileDialog>);

class TestGuiNamespace : public QObject
{
    Q_OBJECT

private slots:
    void movedClassesSayPeakaGui_data()
    {
        QTest::addColumn<QByteArray>("className");
        QTest::newRow("NewExportController") << QByteArray(peaka::gui::NewExportController::staticMetaObject.className());
        QTest::newRow("NewExportDialog") << QByteArray(peaka::gui::NewExportDialog::staticMetaObject.className());
        QTest::newRow("Notifier") << QByteArray(peaka::gui::Notifier::staticMetaObject.className());
        QTest::newRow("ProfileDialog") << QByteArray(peaka::gui::ProfileDialog::staticMetaObject.className());
        QTest::newRow("ProfileManagerDialog") << QByteArray(peaka::gui::ProfileManagerDialog::staticMetaObject.className());
    }
    void movedClassesSayPeakaGui()
    {
        QFETCH(QByteArray, className);
        QVERIFY2(className.startsWith("peaka::gui::"), className.constData());
    }

    // A class defined in a header of src/gui outside `namespace peaka::gui`
    // (or `namespace gui` nested in `namespace peaka`) is listed.
    void everyGuiHeaderClassIsInPeakaGui()
    {
        const QDir dir(QStringLiteral(PEAKA_SOURCE_DIR "/src/gui"));
        const QStringList headers = dir.entryList({QStringLiteral("*.h")}, QDir::Files);
        QVERIFY(headers.size() > 20);
        static const QRegularExpression open(QStringLiteral("^namespace ([\\w:]+) \\{"));
        static const QRegularExpression definition(QStringLiteral("^(?:class|struct) (\\w+)\\b[^;]*$"));
        QStringList outside;
        for (const QString &name : headers) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
            QStringList stack;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                if (const auto m = open.match(line); m.hasMatch()) {
                    stack << m.captured(1);
                } else if ((line == QLatin1String("}") || line.startsWith(QLatin1String("} //"))) && !stack.isEmpty()) {
                    stack.removeLast();
                } else if (const auto d = definition.match(line); d.hasMatch()) {
                    if (stack.join(QLatin1String("::")) != QLatin1String("peaka::gui"))
                        outside << name + QLatin1Char(':') + d.captured(1) + QLatin1String(" in ")
                                       + (stack.isEmpty() ? QStringLiteral("(global)") : stack.join(QLatin1String("::")));
                }
            }
        }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestGuiNamespace)
#include "tst_guinamespace.moc"
