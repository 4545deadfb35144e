// SPDX-License-Identifier: GPL-3.0-or-later
// The demo project's catalogs, tables and saved queries, awkward on purpose:
// two built-in catalogs named `peaka`, a catalog without a display name, a
// schema with hundreds of tables, names with spaces and non-ASCII letters, a
// dynamic table, nested folders, a query in no folder, a shared display name.
#include "democatalog.h"

namespace peaka::demo {

namespace {

using K = DemoColumn::Kind;

DemoColumn col(const char *name, K kind, QStringList choices = {})
{
    return DemoColumn{QString::fromUtf8(name), kind, std::move(choices)};
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QList<DemoCatalog> makeCatalogs()
{
    return {
        {u("367189801096446881"), u("peaka"), {}, u("internal"), {}},
        {u("367189801096446882"), u("peaka"), {}, u("query"), {}},
        {u("367189801096446904"), u("stripe"), u("Stripe"), u("stripe"), u("conn_5Jf8Qw2p")},
        {u("367189801096446917"), u("hubspot"), u("HubSpot CRM"), u("hubspot"), u("conn_9Lm3Ra7x")},
        {u("367189801096446930"), u("postgres"), {}, u("postgresql"), u("conn_2Vc6Tn4k")},
        {u("367189801096446943"), u("shopify"), u("Shopify"), u("shopify"), u("conn_7Hd1Ys8e")},
        {u("367189801096446956"), u("google_sheets"), u("Bütçe Tabloları"), u("google_sheets"), u("conn_4Pz9Gb3m")},
    };
}

QJsonObject cron(const char *expression, const char *timezone)
{
    return {{u("type"), u("cron")}, {u("cronExpression"), u(expression)}, {u("repeatDuration"), QJsonValue()},
            {u("timezone"), u(timezone)}};
}

QList<DemoSavedQuery> makeSavedQueries()
{
    QJsonObject every6h{{u("type"), u("interval")}, {u("cronExpression"), QJsonValue()},
                        {u("repeatDuration"), u("PT6H")}, {u("timezone"), u("UTC")}};
    return {
        {u("709922802836177297"), u("charges_view"), u("Charges"), u("/finance"), u("fld_finance"), false, {},
         u("SELECT * FROM stripe.public.charges WHERE status <> 'failed'")},
        {u("709922802836177310"), u("monthly_revenue"), u("Monthly revenue"), u("/reports/monthly"),
         u("fld_monthly"), true, cron("0 6 1 * *", "Europe/Istanbul"),
         u("SELECT date_trunc('month', created) AS month, region, sum(amount) AS revenue FROM ...")},
        {u("709922802836177342"), u("active_users"), u("Active users"), {}, {}, false, {},
         u("SELECT * FROM peaka.public.users WHERE last_seen_at > now() - interval '30' day")},
        {u("709922802836177356"), u("monthly_revenue_eu"), u("Monthly revenue"), u("/reports/eu"), u("fld_eu"), true,
         every6h, u("SELECT * FROM peaka.query.monthly_revenue WHERE region = 'EMEA'")},
        {u("709922802836177371"), u("kundigungen_nach_kohorte"), u("Kündigungen nach Kohorte"),
         u("/reports/monthly"), u("fld_monthly"), false, {}, u("SELECT cohort, count(*) FROM ...")},
        {u("709922802836177388"), u("top_customers"), u("Top 100 customers"), u("/sales"), u("fld_sales"), false, {},
         u("SELECT * FROM shopify.public.customers ORDER BY orders_count DESC LIMIT 100")},
    };
}

QList<DemoFolder> makeFolders()
{
    return {
        {u("fld_finance"), u("finance"), u("/finance")},
        {u("fld_reports"), u("reports"), u("/reports")},
        {u("fld_monthly"), u("monthly"), u("/reports/monthly")},
        {u("fld_eu"), u("eu"), u("/reports/eu")},
        {u("fld_sales"), u("sales"), u("/sales")},
        {u("fld_archive"), u("archive"), u("/archive")}, // empty: only the folder tree shows it
    };
}

// The featured sources keep their place; these follow them.
QList<DemoSource> makeExtraSources()
{
    const QStringList currencies{u("EUR"), u("USD"), u("TRY"), u("GBP")};
    const DemoCatalog &internal = demoCatalogs().at(0);
    const DemoCatalog &stripe = *findCatalogByName(u("stripe"));
    const DemoCatalog &hubspot = *findCatalogByName(u("hubspot"));
    const DemoCatalog &postgres = *findCatalogByName(u("postgres"));
    const DemoCatalog &sheets = *findCatalogByName(u("google_sheets"));
    const auto sys = [](QList<DemoColumn> c) { return withSystemColumns(std::move(c)); };

    QList<DemoSource> out{
        querySource(u("709922802836177356"), u("monthly_revenue_eu"),
                    sys({col("month", K::Date), col("revenue", K::Amount), col("customers", K::Count)})),
        querySource(u("709922802836177371"), u("kundigungen_nach_kohorte"),
                    sys({col("kohorte", K::Date), col("kündigungen", K::Count), col("umsatz", K::Amount)})),
        querySource(u("709922802836177388"), u("top_customers"),
                    sys({col("customer_id", K::Key, {u("gid_")}), col("name", K::Person), col("orders_count", K::Count)})),
        tableSource(stripe, u("public"), u("charges"),
                    sys({col("charge_id", K::Key, {u("ch_")}), col("customer_id", K::Key, {u("cus_")}),
                         col("amount", K::Amount), col("currency", K::Choice, currencies),
                         col("paid", K::Flag), col("created", K::Timestamp)})),
        tableSource(stripe, u("public"), u("customers"),
                    sys({col("customer_id", K::Key, {u("cus_")}), col("name", K::Person), col("email", K::Email),
                         col("created", K::Timestamp)})),
        // Dynamic: reading it needs the _q_ parameters, which are never exported.
        tableSource(stripe, u("public"), u("balance_transactions"),
                    sys({col("_q_created_from", K::Date), col("_q_created_to", K::Date),
                         col("transaction_id", K::Key, {u("txn_")}), col("amount", K::Amount),
                         col("fee", K::Amount), col("currency", K::Choice, currencies),
                         col("available_on", K::Date)})),
        tableSource(hubspot, u("crm"), u("contacts"),
                    sys({col("contact_id", K::Key), col("name", K::Person), col("email", K::Email),
                         col("lifecycle_stage", K::Choice, {u("lead"), u("customer")})})),
        tableSource(postgres, u("public"), u("order items"),
                    sys({col("order_id", K::Key), col("sku", K::Key, {u("SKU-")}), col("quantity", K::Count),
                         col("unit price", K::Amount)})),
        tableSource(internal, u("public"), u("users"),
                    sys({col("user_id", K::Key, {u("usr_")}), col("email", K::Email), col("name", K::Person),
                         col("last_seen_at", K::Timestamp)})),
        tableSource(internal, u("public"), u("Çalışanlar"),
                    sys({col("sicil_no", K::Key), col("ad_soyad", K::Person), col("işe_giriş", K::Date),
                         col("maaş", K::Amount)})),
        tableSource(sheets, u("Finans Raporları"), u("Bütçe 2026"),
                    sys({col("kalem", K::Choice, {u("Kira"), u("Maaşlar"), u("Yazılım")}), col("ay", K::Date),
                         col("tutar", K::Amount)})),
        tableSource(sheets, u("Finans Raporları"), u("Q3 forecast"),
                    sys({col("line", K::Person), col("amount", K::Amount)})),
    };
    // One schema with hundreds of tables, as a warehouse has.
    const char *const areas[] = {"orders", "sessions", "events", "invoices", "payments", "returns", "leads", "tickets"};
    for (const char *area : areas) {
        for (int i = 1; i <= 60; ++i) {
            const QString name = QStringLiteral("fact_%1_%2").arg(QLatin1String(area)).arg(i, 3, 10, QLatin1Char('0'));
            out.append(tableSource(postgres, u("analytics"), name,
                                   {col("id", K::Key), col("occurred_at", K::Timestamp), col("amount", K::Amount),
                                    col("count", K::Count)}));
        }
    }
    return out;
}

QList<DemoOrganization> makeOrganizations()
{
    return {
        {u("org_4Wb7Kd2R"), u("Acme Analytics"), u("usr_7f3a9c2e"), u("Data team of Acme GmbH"), at("2024-03-11T09:12:44Z")},
        {u("org_9Tq1Xe5M"), u("Ayşe's sandbox"), u("usr_7f3a9c2e"), {}, at("2025-01-20T16:40:02Z")},
    };
}

QList<DemoWorkspace> makeWorkspaces()
{
    return {
        {u("wsp_2Hn8Lc4V"), u("Default"), u("org_4Wb7Kd2R"), {}, true, at("2024-03-11T09:12:44Z")},
        {u("wsp_6Ry3Pm9Z"), u("Marketing"), u("org_4Wb7Kd2R"), u("Campaign data"), false, at("2024-06-02T08:00:00Z")},
        {u("wsp_8Kf5Qa1J"), u("Default"), u("org_9Tq1Xe5M"), {}, true, at("2025-01-20T16:40:02Z")},
    };
}

QList<DemoProject> makeProjects()
{
    return {
        {u("prj_analytics"), u("Analytics"), u("wsp_2Hn8Lc4V"), u("Revenue and product analytics"), u("analytics"),
         at("2024-03-11T09:20:00Z")},
        {u("prj_marketing"), u("Marketing site"), u("wsp_6Ry3Pm9Z"), {}, u("marketing"), at("2024-06-02T08:05:00Z")},
        {u("prj_sandbox"), u("Spielwiese"), u("wsp_8Kf5Qa1J"), u("Experiments"), {}, at("2025-01-20T16:45:00Z")},
    };
}

} // namespace

const QList<DemoCatalog> &demoCatalogs()
{
    static const QList<DemoCatalog> catalogs = makeCatalogs();
    return catalogs;
}

const DemoCatalog *findCatalog(const QString &id)
{
    for (const DemoCatalog &c : demoCatalogs())
        if (c.id == id)
            return &c;
    return nullptr;
}

const DemoCatalog *findCatalogByName(const QString &name)
{
    for (const DemoCatalog &c : demoCatalogs())
        if (c.name == name && c.type != QLatin1String("internal") && c.type != QLatin1String("query"))
            return &c;
    return nullptr;
}

const QList<DemoSavedQuery> &demoSavedQueries()
{
    static const QList<DemoSavedQuery> queries = makeSavedQueries();
    return queries;
}

const DemoSavedQuery *findSavedQuery(const QString &id)
{
    for (const DemoSavedQuery &q : demoSavedQueries())
        if (q.id == id)
            return &q;
    return nullptr;
}

const QList<DemoFolder> &demoFolders()
{
    static const QList<DemoFolder> folders = makeFolders();
    return folders;
}

const QList<DemoOrganization> &demoOrganizations()
{
    static const QList<DemoOrganization> list = makeOrganizations();
    return list;
}

const QList<DemoWorkspace> &demoWorkspaces()
{
    static const QList<DemoWorkspace> list = makeWorkspaces();
    return list;
}

const QList<DemoProject> &demoProjects()
{
    static const QList<DemoProject> list = makeProjects();
    return list;
}

const QList<DemoSource> &allSources()
{
    static const QList<DemoSource> sources = demoSources() + makeExtraSources();
    return sources;
}

DemoSource querySource(const QString &id, const QString &name, QList<DemoColumn> columns)
{
    DemoSource s;
    s.queryId = id;
    s.shortName = name;
    s.source = QStringLiteral("peaka.query.\"%1\"").arg(name);
    s.columns = std::move(columns);
    return s;
}

DemoSource tableSource(const DemoCatalog &catalog, const QString &schema, const QString &table,
                       QList<DemoColumn> columns)
{
    DemoSource s;
    s.catalogId = catalog.id;
    s.catalogName = catalog.name;
    s.schemaName = schema;
    s.tableName = table;
    s.shortName = table;
    s.source = QStringLiteral("%1.%2.\"%3\"").arg(catalog.name, schema, table);
    s.columns = std::move(columns);
    return s;
}

QString sqlType(const DemoColumn &column)
{
    switch (column.kind) {
    case K::SysId: return QStringLiteral("varchar");
    case K::SysVersion: return QStringLiteral("bigint");
    case K::Key:
    case K::Person:
    case K::Email:
    case K::Choice: return QStringLiteral("varchar");
    case K::Amount: return QStringLiteral("decimal(12,2)");
    case K::Count: return QStringLiteral("integer");
    case K::Timestamp: return QStringLiteral("timestamp(3)");
    case K::Date: return QStringLiteral("date");
    case K::Flag: return QStringLiteral("boolean");
    }
    return QStringLiteral("varchar");
}

} // namespace peaka::demo
