// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestpanel.h"

#include "api/peakaclient.h"
#include "sources/sourcesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace peaka::gui {

ConnectionTestPanel::ConnectionTestPanel(QWidget *parent)
    : QWidget(parent),
      m_button(new QPushButton(tr("&Test connection"), this)),
      m_status(new QLabel(this)),
      m_results(new QListWidget(this)),
      m_tester(new ConnectionTester(this))
{
    m_button->setObjectName(QStringLiteral("testButton"));
    m_button->setAccessibleName(tr("Test connection"));
    m_button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_status->setObjectName(QStringLiteral("testStatusLabel"));
    m_status->setAccessibleName(tr("Connection test status"));
    m_status->setTextFormat(Qt::PlainText);
    // Under the button, across the dialog: a long summary wraps instead of being cut.
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_results->setObjectName(QStringLiteral("testResultsList"));
    m_results->setAccessibleName(tr("Connection test results per project"));
    m_results->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setMinimumHeight(60);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_button);

    connect(m_button, &QPushButton::clicked, this, &ConnectionTestPanel::testRequested);
    connect(m_tester, &ConnectionTester::projectChecked, this, &ConnectionTestPanel::showCheck);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionTestPanel::probeKind);
}

ConnectionTestPanel::~ConnectionTestPanel()
{
    m_tester->abort();
    delete m_client;
}

void ConnectionTestPanel::start(PeakaClient *client, const QStringList &projectIds)
{
    clear();
    client->setParent(this);
    m_client = client;
    m_button->setEnabled(false);
    setStatus(tr("Testing %n project(s)\u2026", nullptr, int(projectIds.size())));
    m_tester->start(client, projectIds);
}

void ConnectionTestPanel::clear()
{
    ++m_generation;
    m_tester->abort();
    if (m_client)
        m_client->deleteLater();
    m_client.clear();
    m_results->clear();
    setStatus({});
    m_button->setEnabled(true);
}

void ConnectionTestPanel::setStatus(const QString &sentence)
{
    m_status->setText(sentence);
    m_status->setVisible(!sentence.isEmpty());
}

void ConnectionTestPanel::setWaiting(bool waiting)
{
    m_button->setEnabled(!waiting);
}

bool ConnectionTestPanel::isRunning() const
{
    return m_client != nullptr;
}

void ConnectionTestPanel::showCheck(const ProjectCheck &check)
{
    auto *item = new QListWidgetItem(m_results);
    item->setText(check.sentence);
    item->setIcon(style()->standardIcon(check.ok() ? QStyle::SP_DialogApplyButton
                                                   : QStyle::SP_MessageBoxCritical));
    item->setForeground(check.ok() ? QColor(0x1b, 0x7f, 0x37) : QColor(0xb0, 0x1c, 0x1c));
    item->setData(Qt::UserRole, check.ok());
    item->setData(Qt::UserRole + 1, check.projectId);
    item->setData(Qt::AccessibleTextRole,
                  (check.ok() ? tr("Works: %1") : tr("Problem: %1")).arg(check.sentence));
}

void ConnectionTestPanel::probeKind(const QList<ProjectCheck> &checks)
{
    // A rejected key or an unreachable server says nothing about the kind: skip the extra call.
    const bool unreachable = !checks.isEmpty() && std::all_of(checks.cbegin(), checks.cend(), [](const ProjectCheck &c) {
        return !c.ok() && c.error.kind() != ApiError::Forbidden && c.error.kind() != ApiError::NotFound;
    });
    if (!m_client || unreachable) {
        end(checks);
        return;
    }
    const quint64 generation = m_generation;
    SourceSession::of(m_client)->organizations(this, [this, checks, generation](const ApiResult<QList<Organization>> &r) {
        if (generation != m_generation)
            return;
        emit kindProbed(r.error);
        end(checks);
    });
}

void ConnectionTestPanel::end(const QList<ProjectCheck> &checks)
{
    int failed = 0;
    for (const ProjectCheck &c : checks)
        failed += c.ok() ? 0 : 1;
    setStatus(failed == 0 ? tr("Every project answered.")
                          : tr("%n project(s) could not be listed.", nullptr, failed));
    m_button->setEnabled(true);
    if (m_client)
        m_client->deleteLater();
    m_client.clear();
    emit finished(checks);
}

} // namespace peaka::gui
