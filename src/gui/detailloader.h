// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "exports/exportjob.h"

#include <QObject>
#include <QPointer>

namespace peaka {
class PeakaClient;
class ExportRequest;
}

namespace peaka::gui {

// Read Export for the one job the user looks at. A newer load() aborts the
// older request; a late answer for another id is dropped.
class DetailLoader final : public QObject
{
    Q_OBJECT
public:
    explicit DetailLoader(QObject *parent = nullptr);
    ~DetailLoader() override;

    void setClient(PeakaClient *client, const QString &projectId);
    void load(const QString &exportId);
    void cancel();
    bool isLoading() const { return !m_request.isNull(); }
    QString loadingId() const { return m_id; }

Q_SIGNALS:
    void loaded(const peaka::ExportJob &job);
    void failed(const QString &exportId, const peaka::ApiError &error);

private:
    QPointer<PeakaClient> m_client;
    QPointer<ExportRequest> m_request;
    QString m_projectId;
    QString m_id;
};

} // namespace peaka::gui
