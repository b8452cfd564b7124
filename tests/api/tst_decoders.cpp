#include "api/decoders.h"

#include <QTest>
#include <QTimeZone>

namespace {

// The documented examples (shared/api/requesty-management-api.md §4, spendboard-extensions.md).
const QByteArray kListExample =
    R"({"keys":[{"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","name":"ci-bot","monthly_limit":50,
  "monthly_spend":"12.40","permissions":{"manage":"none","completions":"write"},
  "labels":{"env":"prod"},"created_by":{"id":"user_123","email":"ana@example.com"}}]})";
const QByteArray kKeyExample = R"({"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","name":"ci-bot","logging":true,
 "monthly_spend":12.4,"monthly_limit":50,"permissions":{"manage":"none","completions":"write"},
 "group":{"id":"123e4567-e89b-12d3-a456-426614174000"}})";
const QByteArray kCreatedExample =
    R"({"api_key_id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","api_key":"<secret, shown once>"})";
const QByteArray kOrgExample = R"({"name":"Acme AI","balance":1834.27})";
const QByteArray kUsageExample =
    R"({"usage":{"2026-08-07T00:00:00Z":{"total_requests":7,"total_tokens":42,"spend":"1.25",
  "grouped_data":[{"group_by_values":{"model_used":"openai/gpt-5"},"total_requests":7,
  "total_tokens":42,"spend":"1.25"}]}}})";
const QByteArray kProjectsExample = R"({"projects":[
  {"id":"7d3f0e1a-0000-4000-8000-000000000001","name":"Private","kind":"private",
   "owner":{"id":"user_123","email":"ana@example.com"},"monthly_limit":"100","monthly_spend":12.34,"key_count":3},
  {"id":"7d3f0e1a-0000-4000-8000-000000000002","name":"Research","kind":"shared",
   "monthly_limit":0,"monthly_spend":"0.000001","key_count":0}]})";

// A valid key object with one field replaced (or removed when value is empty).
QByteArray keyWith(const QByteArray& field, const QByteArray& value)
{
    QMap<QByteArray, QByteArray> f{{"id", "\"k1\""},
                                   {"name", "\"ci\""},
                                   {"monthly_limit", "50"},
                                   {"monthly_spend", "\"12.40\""},
                                   {"permissions", R"({"manage":"read","completions":"write"})"}};
    if (value.isEmpty())
        f.remove(field);
    else
        f.insert(field, value);
    QByteArray out = "{";
    for (auto it = f.cbegin(); it != f.cend(); ++it)
        out += (out.size() > 1 ? "," : "") + ('"' + it.key() + "\":" + it.value());
    return out + '}';
}

QByteArray listOf(const QList<QByteArray>& keys)
{
    QByteArray out = "{\"keys\":[";
    for (int i = 0; i < keys.size(); ++i)
        out += (i ? "," : "") + keys[i];
    return out + "]}";
}

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

} // namespace

class tst_Decoders : public QObject
{
    Q_OBJECT
private slots:
    void keyListExample()
    {
        const Result<QList<ApiKey>> r = decodeKeyList(kListExample);
        QVERIFY2(r.ok(), qPrintable(r.error().technicalText()));
        QCOMPARE(r->size(), 1);
        const ApiKey& k = r->first();
        QCOMPARE(k.id, QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
        QCOMPARE(k.name, QStringLiteral("ci-bot"));
        QCOMPARE(k.limit, Limit::of(Money::fromDollars(50)));
        QCOMPARE(k.spend, Money::fromMicros(12'400'000));
        QCOMPARE(k.permissions.manage, Access::None);
        QCOMPARE(k.permissions.completions, Access::Write);
        QCOMPARE(k.labels.value(QStringLiteral("env")), QStringLiteral("prod"));
        QCOMPARE(k.creatorId, QStringLiteral("user_123"));
        QCOMPARE(k.creatorEmail, QStringLiteral("ana@example.com"));
        QVERIFY(!k.logging.has_value());
        QVERIFY(!k.expiresAt.isValid());
    }

    void keyExample()
    {
        const Result<ApiKey> r = decodeKey(kKeyExample);
        QVERIFY2(r.ok(), qPrintable(r.error().technicalText()));
        QCOMPARE(r->spend, Money::fromMicros(12'400'000));
        QCOMPARE(r->limit.amount(), Money::fromDollars(50));
        QCOMPARE(r->logging, std::optional<bool>(true));
        QCOMPARE(r->groupId, QStringLiteral("123e4567-e89b-12d3-a456-426614174000"));
    }

    void optionalFieldsAndUnknownOnes()
    {
        const QByteArray body = R"({"keys":[{"id":"k1","name":"","monthly_limit":"0","monthly_spend":0,
            "permissions":{"manage":"write","completions":"none"},"labels":null,"created_by":null,
            "expires_at":"2026-12-31T23:59:59+01:00","project":{"id":"p1","name":"Research"},
            "future_field":{"nested":[1,2,{"x":null}]}}],"next_page":null})";
        const Result<QList<ApiKey>> r = decodeKeyList(body);
        QVERIFY2(r.ok(), qPrintable(r.error().technicalText()));
        const ApiKey& k = r->first();
        QVERIFY(k.limit.isUnlimited()); // 0 from the API means no limit
        QCOMPARE(k.permissions.manage, Access::Write);
        QVERIFY(k.labels.isEmpty());
        QCOMPARE(k.expiresAt, utc(2026, 12, 31, 22).addSecs(59 * 60 + 59));
        QCOMPARE(k.expiresAt.timeSpec(), Qt::UTC);
        QCOMPARE(k.projectId, QStringLiteral("p1"));
        QCOMPARE(k.projectName, QStringLiteral("Research"));
        QVERIFY(decodeKeyList(R"({"keys":[]})").ok());
    }

    void moneyForms_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("string") << QByteArray("\"12.40\"") << qint64(12'400'000);
        QTest::newRow("number") << QByteArray("12.4") << qint64(12'400'000);
        QTest::newRow("integer") << QByteArray("12") << qint64(12'000'000);
        QTest::newRow("exponent number") << QByteArray("1.24e1") << qint64(12'400'000);
        QTest::newRow("exponent string") << QByteArray("\"1.24E1\"") << qint64(12'400'000);
        QTest::newRow("one micro string") << QByteArray("\"0.000001\"") << qint64(1);
        QTest::newRow("one micro number") << QByteArray("0.000001") << qint64(1);
        QTest::newRow("0.1 + 0.2 trap") << QByteArray("0.3") << qint64(300'000);
        QTest::newRow("big exact string") << QByteArray("\"987654321.123456\"") << qint64(987'654'321'123'456);
        QTest::newRow("sub-micro rounds") << QByteArray("\"0.0000015\"") << qint64(2);
    }
    void moneyForms()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, micros);
        const Result<QList<ApiKey>> r = decodeKeyList(listOf({keyWith("monthly_spend", json)}));
        QVERIFY2(r.ok(), qPrintable(r.error().technicalText()));
        QCOMPARE(r->first().spend.micros(), micros);
    }

    void mixedMoneyInOneList()
    {
        const Result<QList<ApiKey>> r = decodeKeyList(listOf(
            {keyWith("monthly_spend", "\"1.10\""), keyWith("monthly_spend", "2.2"), keyWith("monthly_spend", "3")}));
        QVERIFY(r.ok());
        Money sum;
        for (const ApiKey& k : *r)
            sum += k.spend;
        QCOMPARE(sum, Money::fromMicros(6'300'000)); // exact, no 6.300000000000001
    }

    void keyListErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("body: empty response");
        QTest::newRow("whitespace body") << QByteArray(" \n ") << QStringLiteral("body: empty response");
        QTest::newRow("array top level") << QByteArray("[]") << QStringLiteral("body: not an object");
        QTest::newRow("keys missing") << QByteArray("{}") << QStringLiteral("keys: missing");
        QTest::newRow("keys object") << QByteArray(R"({"keys":{}})") << QStringLiteral("keys: not an array");
        QTest::newRow("keys null") << QByteArray(R"({"keys":null})") << QStringLiteral("keys: not an array");
        QTest::newRow("item not object") << QByteArray(R"({"keys":[1]})") << QStringLiteral("keys[0]: not an object");
        const QByteArray good = keyWith("name", "\"ok\"");
        QTest::newRow("fourth spend bool") << listOf({good, good, good, keyWith("monthly_spend", "true")})
                                           << QStringLiteral("keys[3].monthly_spend: not a number");
        QTest::newRow("spend text") << listOf({keyWith("monthly_spend", "\"abc\"")})
                                    << QStringLiteral("keys[0].monthly_spend: not a number");
        QTest::newRow("spend missing") << listOf({keyWith("monthly_spend", {})})
                                       << QStringLiteral("keys[0].monthly_spend: missing");
        QTest::newRow("negative limit") << listOf({keyWith("monthly_limit", "-5")})
                                        << QStringLiteral("keys[0].monthly_limit: negative");
        QTest::newRow("negative limit string")
            << listOf({keyWith("monthly_limit", "\"-0.01\"")}) << QStringLiteral("keys[0].monthly_limit: negative");
        QTest::newRow("huge limit") << listOf({keyWith("monthly_limit", "1e300")})
                                    << QStringLiteral("keys[0].monthly_limit: too large");
        QTest::newRow("huge limit string") << listOf({keyWith("monthly_limit", "\"99999999999999999999999\"")})
                                           << QStringLiteral("keys[0].monthly_limit: too large");
        QTest::newRow("limit object") << listOf({keyWith("monthly_limit", R"({"amount":5})")})
                                      << QStringLiteral("keys[0].monthly_limit: not a number");
        QTest::newRow("id missing") << listOf({keyWith("id", {})}) << QStringLiteral("keys[0].id: missing");
        QTest::newRow("id number") << listOf({keyWith("id", "5")}) << QStringLiteral("keys[0].id: not a string");
        QTest::newRow("id empty") << listOf({keyWith("id", "\"\"")}) << QStringLiteral("keys[0].id: empty");
        QTest::newRow("name null") << listOf({keyWith("name", "null")}) << QStringLiteral("keys[0].name: not a string");
        QTest::newRow("permissions missing")
            << listOf({keyWith("permissions", {})}) << QStringLiteral("keys[0].permissions: missing");
        QTest::newRow("permissions string")
            << listOf({keyWith("permissions", "\"write\"")}) << QStringLiteral("keys[0].permissions: not an object");
        QTest::newRow("unknown access")
            << listOf({keyWith("permissions", R"({"manage":"admin","completions":"none"})")})
            << QStringLiteral("keys[0].permissions.manage: unknown value (expected none, read or write)");
        QTest::newRow("access missing") << listOf({keyWith("permissions", R"({"manage":"read"})")})
                                        << QStringLiteral("keys[0].permissions.completions: missing");
        QTest::newRow("label value number")
            << listOf({keyWith("labels", R"({"env":3})")}) << QStringLiteral("keys[0].labels[\"env\"]: not a string");
        QTest::newRow("labels array") << listOf({keyWith("labels", "[]")})
                                      << QStringLiteral("keys[0].labels: not an object");
        QTest::newRow("created_by string")
            << listOf({keyWith("created_by", "\"ana\"")}) << QStringLiteral("keys[0].created_by: not an object");
        QTest::newRow("project without id")
            << listOf({keyWith("project", R"({"name":"x"})")}) << QStringLiteral("keys[0].project.id: missing");
        QTest::newRow("bad expiry") << listOf({keyWith("expires_at", "\"tomorrow\"")})
                                    << QStringLiteral("keys[0].expires_at: not an RFC 3339 time");
        QTest::newRow("logging string") << listOf({keyWith("logging", "\"yes\"")})
                                        << QStringLiteral("keys[0].logging: not a boolean");
    }
    void keyListErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const Result<QList<ApiKey>> r = decodeKeyList(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::BadResponse);
        QCOMPARE(r.error().detail(), detail);
        QVERIFY(!r.error().userMessage().isEmpty());
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << kListExample.left(kListExample.size() / 2);
        QTest::newRow("trailing comma") << QByteArray(R"({"keys":[],})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
        QTest::newRow("deep nesting") << QByteArray("{\"keys\":" + QByteArray(100'000, '[') + QByteArray(100'000, ']') +
                                                    "}");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("string top level") << QByteArray("\"keys\"");
        QTest::newRow("number top level") << QByteArray("42");
    }
    void malformedJson()
    {
        QFETCH(QByteArray, body);
        const Result<QList<ApiKey>> r = decodeKeyList(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(r.error().detail().startsWith(QStringLiteral("body: not valid JSON")) ||
                     r.error().detail().startsWith(QStringLiteral("keys")),
                 qPrintable(r.error().detail()));
    }

    void sizeCap()
    {
        QByteArray huge(kMaxDecodedBodyBytes + 1, ' ');
        huge[0] = '{';
        const Result<QList<ApiKey>> r = decodeKeyList(huge);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail().startsWith(QStringLiteral("body: too large")), qPrintable(r.error().detail()));
    }

    void tenThousandKeys()
    {
        QList<QByteArray> keys;
        for (int i = 0; i < 10'000; ++i)
            keys << keyWith("id", '"' + QByteArray::number(i) + '"');
        const Result<QList<ApiKey>> r = decodeKeyList(listOf(keys));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 10'000);
        QCOMPARE(r->at(9'999).id, QStringLiteral("9999"));
    }

    void organization()
    {
        const Result<Organization> r = decodeOrganization(kOrgExample);
        QVERIFY(r.ok());
        QCOMPARE(r->name, QStringLiteral("Acme AI"));
        QCOMPARE(r->balance, Money::fromMicros(1'834'270'000));
        const Result<Organization> negative = decodeOrganization(R"({"name":"A","balance":"-12.5"})");
        QVERIFY(negative.ok()); // a balance may be negative
        QCOMPARE(negative->balance, Money::fromMicros(-12'500'000));
        QCOMPARE(decodeOrganization(R"({"name":"A"})")->balance, Money());
        QCOMPARE(decodeOrganization(R"({"balance":1})").error().detail(), QStringLiteral("name: missing"));
        QCOMPARE(decodeOrganization(R"({"name":"A","balance":[1]})").error().detail(),
                 QStringLiteral("balance: not a number"));
    }

    void projects()
    {
        const Result<QList<Project>> r = decodeProjects(kProjectsExample);
        QVERIFY2(r.ok(), qPrintable(r.error().technicalText()));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).kind, Project::Kind::Private);
        QCOMPARE(r->at(0).ownerEmail, QStringLiteral("ana@example.com"));
        QCOMPARE(r->at(0).limit, Limit::of(Money::fromDollars(100)));
        QCOMPARE(r->at(0).spend, Money::fromMicros(12'340'000));
        QCOMPARE(r->at(0).keyCount, 3);
        QCOMPARE(r->at(1).kind, Project::Kind::Shared);
        QVERIFY(r->at(1).limit.isUnlimited());
        QCOMPARE(r->at(1).spend, Money::fromMicros(1));
        const Result<Project> one =
            decodeProject(R"({"id":"p","name":"n","kind":"shared","monthly_limit":"5.5","monthly_spend":1})");
        QVERIFY(one.ok());
        QCOMPARE(one->keyCount, 0);
    }

    void projectErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no projects") << QByteArray("{}") << QStringLiteral("projects: missing");
        QTest::newRow("kind") << QByteArray(R"({"projects":[{"id":"p","name":"n","kind":"team","monthly_limit":1,
            "monthly_spend":1}]})")
                              << QStringLiteral("projects[0].kind: unknown value (expected private or shared)");
        QTest::newRow("key_count fraction")
            << QByteArray(R"({"projects":[{"id":"p","name":"n","kind":"shared","monthly_limit":1,
            "monthly_spend":1,"key_count":2.5}]})")
            << QStringLiteral("projects[0].key_count: not an integer");
        QTest::newRow("negative spend") << QByteArray(R"({"projects":[{"id":"p","name":"n","kind":"shared",
            "monthly_limit":1,"monthly_spend":"-1"}]})")
                                        << QStringLiteral("projects[0].monthly_spend: negative");
        QTest::newRow("owner array") << QByteArray(R"({"projects":[{"id":"p","name":"n","kind":"private",
            "owner":[],"monthly_limit":1,"monthly_spend":1}]})")
                                     << QStringLiteral("projects[0].owner: not an object");
    }
    void projectErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const Result<QList<Project>> r = decodeProjects(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().detail(), detail);
    }

    void usageExample()
    {
        const Result<UsageSeries> r = decodeUsage(kUsageExample);
        QVERIFY2(r.ok(), qPrintable(r.error().technicalText()));
        QCOMPARE(r->size(), 1);
        const UsageBucket& b = r->first();
        QCOMPARE(b.start, utc(2026, 8, 7));
        QCOMPARE(b.totals.requests, 7);
        QCOMPARE(b.totals.totalTokens, 42);
        QCOMPARE(b.totals.inputTokens, 0); // absent = 0
        QCOMPARE(b.totals.spend, Money::fromMicros(1'250'000));
        QCOMPARE(b.groups.size(), 1);
        QCOMPARE(b.groups[0].values.value(QStringLiteral("model_used")), QStringLiteral("openai/gpt-5"));
        QCOMPARE(b.groups[0].counters.spend, Money::fromMicros(1'250'000));
    }

    void usagePeriodKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDateTime>("start");
        QTest::newRow("rfc3339 Z") << QStringLiteral("2026-08-07T00:00:00Z") << utc(2026, 8, 7);
        QTest::newRow("date only") << QStringLiteral("2026-08-07") << utc(2026, 8, 7);
        QTest::newRow("offset") << QStringLiteral("2026-08-07T02:00:00+02:00") << utc(2026, 8, 7);
        QTest::newRow("millis") << QStringLiteral("2026-08-07T13:00:00.000Z") << utc(2026, 8, 7, 13);
        QTest::newRow("no offset = UTC") << QStringLiteral("2026-08-07T13:00:00") << utc(2026, 8, 7, 13);
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("bad date") << QStringLiteral("2026-02-30") << QDateTime();
        QTest::newRow("month only") << QStringLiteral("2026-08") << QDateTime();
    }
    void usagePeriodKeys()
    {
        QFETCH(QString, key);
        QFETCH(QDateTime, start);
        QCOMPARE(parsePeriodKey(key), start);
        const QByteArray body = "{\"usage\":{\"" + key.toUtf8() + "\":{\"spend\":1}}}";
        const Result<UsageSeries> r = decodeUsage(body);
        QCOMPARE(r.ok(), start.isValid());
        if (r.ok())
            QCOMPARE(r->first().start, start);
        else
            QCOMPARE(r.error().detail(), QStringLiteral("usage[\"") + key +
                                             QStringLiteral("\"]: not a period (RFC 3339 time or YYYY-MM-DD)"));
    }

    void usageSortedAndMixedForms()
    {
        const QByteArray body = R"({"usage":{"2026-08-09":{"spend":3},"2026-08-07T00:00:00Z":{"spend":"1"},
            "2026-08-08":{"spend":2.5,"completions_requests":2,"embedding_requests":1}}})";
        const Result<UsageSeries> r = decodeUsage(body);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(0).start, utc(2026, 8, 7));
        QCOMPARE(r->at(1).start, utc(2026, 8, 8));
        QCOMPARE(r->at(2).start, utc(2026, 8, 9));
        QCOMPARE(r->at(1).totals.spend, Money::fromMicros(2'500'000));
        QCOMPARE(r->at(1).totals.requests, 3); // no total_requests: the sum of the kinds
        QVERIFY(decodeUsage(R"({"usage":null})").ok());
        QVERIFY(decodeUsage(R"({"usage":{}})")->isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no usage") << QByteArray("{}") << QStringLiteral("usage: missing");
        QTest::newRow("usage array") << QByteArray(R"({"usage":[]})") << QStringLiteral("usage: not an object");
        QTest::newRow("entry number") << QByteArray(R"({"usage":{"2026-08-07":5}})")
                                      << QStringLiteral("usage[\"2026-08-07\"]: not an object");
        QTest::newRow("counter string") << QByteArray(R"({"usage":{"2026-08-07":{"total_requests":"7"}}})")
                                        << QStringLiteral("usage[\"2026-08-07\"].total_requests: not a number");
        QTest::newRow("counter fraction") << QByteArray(R"({"usage":{"2026-08-07":{"input_tokens":1.5}}})")
                                          << QStringLiteral("usage[\"2026-08-07\"].input_tokens: not an integer");
        QTest::newRow("counter negative") << QByteArray(R"({"usage":{"2026-08-07":{"output_tokens":-1}}})")
                                          << QStringLiteral("usage[\"2026-08-07\"].output_tokens: negative");
        QTest::newRow("counter huge") << QByteArray(R"({"usage":{"2026-08-07":{"total_tokens":1e300}}})")
                                      << QStringLiteral("usage[\"2026-08-07\"].total_tokens: too large");
        QTest::newRow("kind counter bad") << QByteArray(R"({"usage":{"2026-08-07":{"image_requests":true}}})")
                                          << QStringLiteral("usage[\"2026-08-07\"].image_requests: not a number");
        QTest::newRow("spend negative") << QByteArray(R"({"usage":{"2026-08-07":{"spend":"-2"}}})")
                                        << QStringLiteral("usage[\"2026-08-07\"].spend: negative");
        QTest::newRow("grouped object") << QByteArray(R"({"usage":{"2026-08-07":{"grouped_data":{}}}})")
                                        << QStringLiteral("usage[\"2026-08-07\"].grouped_data: not an array");
        QTest::newRow("group value object")
            << QByteArray(R"({"usage":{"2026-08-07":{"grouped_data":[{"group_by_values":{"a":"x"}},
                {"group_by_values":{"user_id":{"id":1}}}]}}})")
            << QStringLiteral("usage[\"2026-08-07\"].grouped_data[1].group_by_values[\"user_id\"]: not a string");
    }
    void usageErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const Result<UsageSeries> r = decodeUsage(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().detail(), detail);
    }

    void groupValuesOfOtherTypes()
    {
        const Result<UsageSeries> r = decodeUsage(R"({"usage":{"2026-08-07":{"grouped_data":[
            {"group_by_values":{"is_byok":true,"user_id":null,"n":3},"spend":1}]}}})");
        QVERIFY(r.ok());
        const GroupValues& v = r->first().groups.first().values;
        QCOMPARE(v.value(QStringLiteral("is_byok")), QStringLiteral("true"));
        QCOMPARE(v.value(QStringLiteral("user_id")), QString());
        QCOMPARE(v.value(QStringLiteral("n")), QStringLiteral("3"));
    }

    void usageRowsShareTheirStrings()
    {
        // A refresh of 10 000 keys decodes ~70 000 rows: the rows of one key hold one copy of its id.
        const Result<UsageSeries> r = decodeUsage(R"({"usage":{
            "2026-08-06":{"grouped_data":[{"group_by_values":{"api_key_id":"k1"},"spend":1}]},
            "2026-08-07":{"grouped_data":[{"group_by_values":{"api_key_id":"k1"},"spend":2}]}}})");
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        const GroupValues& a = r->at(0).groups.first().values;
        const GroupValues& b = r->at(1).groups.first().values;
        QCOMPARE(a.value(u"api_key_id"), QStringLiteral("k1"));
        QVERIFY(a.find(u"api_key_id")->isSharedWith(*b.find(u"api_key_id")));
        QVERIFY(a.begin()->first.isSharedWith(b.begin()->first));
        // The whole group too: one copy per key, not one per row.
        QVERIFY(a.isSharedWith(b));
        QCOMPARE(a, b);
    }

    void repeatedKeyStringsAreShared()
    {
        // 10 000 keys name a handful of creators and projects: one copy of each after the decode.
        const Result<QList<ApiKey>> r = decodeKeyList(R"({"keys":[
            {"id":"a","name":"A","monthly_limit":50,"monthly_spend":"1","permissions":{"manage":"none",
             "completions":"write"},"created_by":{"id":"u1","email":"ana@example.com"},
             "project":{"id":"p1","name":"Search"},"labels":{"env":"prod","team":"search"}},
            {"id":"b","name":"B","monthly_limit":50,"monthly_spend":"2","permissions":{"manage":"none",
             "completions":"write"},"created_by":{"id":"u1","email":"ana@example.com"},
             "project":{"id":"p1","name":"Search"},"labels":{"env":"prod","team":"search"}},
            {"id":"c","name":"C","monthly_limit":50,"monthly_spend":"2","permissions":{"manage":"none",
             "completions":"write"},"labels":{"env":"prod","team":"ads"}}]})");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
        QList<ApiKey> keys = r.value();
        QVERIFY(!keys[0].creatorEmail.isSharedWith(keys[1].creatorEmail));
        QVERIFY(!keys[0].labels.isSharedWith(keys[1].labels));
        const QList<ApiKey> before = keys;
        shareRepeatedStrings(keys);
        QCOMPARE(keys, before);
        QVERIFY(keys[0].creatorEmail.isSharedWith(keys[1].creatorEmail));
        QVERIFY(keys[0].creatorId.isSharedWith(keys[1].creatorId));
        QVERIFY(keys[0].projectId.isSharedWith(keys[1].projectId));
        QVERIFY(keys[0].projectName.isSharedWith(keys[1].projectName));
        QVERIFY(!keys[0].id.isSharedWith(keys[1].id));
        // Equal label sets share one map; a different one keeps its own.
        QVERIFY(keys[0].labels.isSharedWith(keys[1].labels));
        QVERIFY(!keys[2].labels.isSharedWith(keys[0].labels));
        QCOMPARE(keys[2].labels.value(QStringLiteral("team")), QStringLiteral("ads"));
    }

    void createdKey()
    {
        const Result<CreatedApiKey> r = decodeCreatedKey(kCreatedExample);
        QVERIFY(r.ok());
        QCOMPARE(r->id, QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
        QCOMPARE(r->secret, QStringLiteral("<secret, shown once>"));
        QCOMPARE(decodeCreatedKey(R"({"api_key_id":"x"})").error().detail(), QStringLiteral("api_key: missing"));
        // A failing decode never repeats values from the body (one of them is a secret).
        const Result<CreatedApiKey> bad = decodeCreatedKey(R"({"api_key_id":5,"api_key":"sk-very-secret"})");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().detail(), QStringLiteral("api_key_id: not a string"));
        QVERIFY(!bad.error().technicalText().contains(QStringLiteral("sk-very-secret")));
        QVERIFY(!bad.error().userMessage().contains(QStringLiteral("sk-very-secret")));
    }

    void errorMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("contract") << QByteArray(R"({"error":{"message":"Invalid API key"}})")
                                  << QStringLiteral("Invalid API key");
        QTest::newRow("with origin") << QByteArray(R"({"error":{"message":"x","origin":"router"}})")
                                     << QStringLiteral("x");
        QTest::newRow("string error") << QByteArray(R"({"error":"Not found"})") << QStringLiteral("Not found");
        QTest::newRow("top message") << QByteArray(R"({"message":"busy"})") << QStringLiteral("busy");
        QTest::newRow("control chars") << QByteArray("{\"error\":{\"message\":\"a\\nb\\u0007c\"}}")
                                       << QStringLiteral("a b c");
        QTest::newRow("html") << QByteArray("<html>oops</html>") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("message number") << QByteArray(R"({"error":{"message":5}})") << QString();
    }
    void errorMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(decodeErrorMessage(body), message);
    }

    void errorMessageIsCapped()
    {
        const QByteArray body = "{\"error\":{\"message\":\"" + QByteArray(5000, 'x') + "\"}}";
        QCOMPARE(decodeErrorMessage(body).size(), 300);
    }
};

QTEST_GUILESS_MAIN(tst_Decoders)
#include "tst_decoders.moc"
