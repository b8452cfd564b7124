// CsvExport: RFC 4180 output that parses back field for field, exact amounts from the money role,
// formula guarding, visible columns in header order, atomic writes and readable failures.
#include "offlinestore.h"

#include "export/csvexport.h"
#include "itemmodels/apikeytablemodel.h"

#include <QFile>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kMoneyRole = Qt::UserRole + 7;

// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
QList<QStringList> parseCsv(const QString& text, bool* ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted && !field.isEmpty())
                *ok = false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                *ok = false;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n') {
            *ok = false; // bare LF outside quotes
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !record.isEmpty() || !field.isEmpty())
        *ok = false; // the last record must end with CRLF
    return records;
}

QStandardItemModel* tricky(QObject* parent)
{
    auto* model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Spend"), QStringLiteral("Note")});
    const struct
    {
        const char* name;
        qint64 micros;
        const char* note;
    } rows[] = {
        {"plain", 1'234'500'000, "ok"},
        {"comma, inc", 10'000, "says \"hi\""},
        {"line\nbreak", 1, "crlf\r\ninside"},
        {"=HYPERLINK(\"x\")", 999'999'999'999, "+1 -2 @3"},
        {"Zürich – 東京", 0, ""},
    };
    for (const auto& r : rows) {
        auto* name = new QStandardItem(QString::fromUtf8(r.name));
        auto* spend = new QStandardItem(Money::fromMicros(r.micros).format(QLocale(QLocale::German)));
        spend->setData(QVariant::fromValue(Money::fromMicros(r.micros)), kMoneyRole);
        auto* note = new QStandardItem(QString::fromUtf8(r.note));
        model->appendRow({name, spend, note});
    }
    return model;
}

} // namespace

class tst_CsvExport : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("empty") << QString() << QString();
    }

    void quoting()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(CsvExport::quoteField(in), out);
    }

    void parsesBackWithExactAmounts()
    {
        QStandardItemModel* model = tricky(this);
        CsvExport::Options options;
        options.rawRoles = {kMoneyRole};
        const QString csv = CsvExport::toCsv(*model, options);
        bool ok = false;
        const QList<QStringList> records = parseCsv(csv, &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), 6);
        QCOMPARE(records.at(0), (QStringList{QStringLiteral("Name"), QStringLiteral("Spend"), QStringLiteral("Note")}));
        QCOMPARE(records.at(1),
                 (QStringList{QStringLiteral("plain"), QStringLiteral("1234.50"), QStringLiteral("ok")}));
        QCOMPARE(records.at(2).at(0), QStringLiteral("comma, inc"));
        QCOMPARE(records.at(2).at(1), QStringLiteral("0.01"));
        QCOMPARE(records.at(2).at(2), QStringLiteral("says \"hi\""));
        QCOMPARE(records.at(3).at(0), QStringLiteral("line\nbreak"));
        QCOMPARE(records.at(3).at(1), QStringLiteral("0.000001")); // exact, not rounded to cents
        QCOMPARE(records.at(3).at(2), QStringLiteral("crlf\r\ninside"));
        // Formula-looking text is defused; exact amounts are never prefixed.
        QCOMPARE(records.at(4).at(0), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(records.at(4).at(1), QStringLiteral("999999.999999"));
        QCOMPARE(records.at(4).at(2), QStringLiteral("'+1 -2 @3"));
        QCOMPARE(records.at(5).at(0), QString::fromUtf8("Zürich – 東京"));
        QCOMPARE(records.at(5).at(1), QStringLiteral("0.00"));
    }

    void displayTextWithoutRawRole()
    {
        QStandardItemModel* model = tricky(this);
        const QString csv = CsvExport::toCsv(*model); // no money role named: display text
        bool ok = false;
        const QList<QStringList> records = parseCsv(csv, &ok);
        QVERIFY(ok);
        QCOMPARE(records.at(1).at(1), model->item(0, 1)->text());
    }

    void visibleColumnsInHeaderOrder()
    {
        QStandardItemModel* model = tricky(this);
        QTableView view;
        view.setModel(model);
        view.horizontalHeader()->moveSection(2, 0); // Note, Name, Spend
        view.setColumnHidden(0, true);              // hide Name
        const QList<int> columns = CsvExport::visibleColumns(view.horizontalHeader());
        QCOMPARE(columns, (QList<int>{2, 1}));
        CsvExport::Options options;
        options.columns = columns;
        options.rawRoles = {kMoneyRole};
        bool ok = false;
        const QList<QStringList> records = parseCsv(CsvExport::toCsv(*model, options), &ok);
        QVERIFY(ok);
        QCOMPARE(records.at(0), (QStringList{QStringLiteral("Note"), QStringLiteral("Spend")}));
        QCOMPARE(records.at(1), (QStringList{QStringLiteral("ok"), QStringLiteral("1234.50")}));
    }

    void keyTableUsesItsMoneyRole()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        OfflineStore offline;
        ApiKeyTableModel model(&offline.store);
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        model.reload();
        QVERIFY(model.rowCount() > 0);
        CsvExport::Options options;
        options.columns = {ApiKeyTableModel::NameColumn, ApiKeyTableModel::LimitColumn, ApiKeyTableModel::SpendColumn};
        bool ok = false;
        const QList<QStringList> records = parseCsv(CsvExport::toCsv(model, options), &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), model.rowCount() + 1);
        const int row = model.rowOf(QStringLiteral("k1")) + 1;
        QCOMPARE(records.at(row).at(0), QStringLiteral("ci-bot"));
        QCOMPARE(records.at(row).at(1), QStringLiteral("500.00"));
        QCOMPARE(records.at(row).at(2), QStringLiteral("412.37")); // not "412,37 $"
        QLocale::setDefault(QLocale::c());
    }

    void writesUtf8File()
    {
        QTemporaryDir dir;
        QStandardItemModel* model = tricky(this);
        const QString path = dir.filePath(QStringLiteral("keys.csv"));
        CsvExport::Options options;
        options.rawRoles = {kMoneyRole};
        const ExportResult result = CsvExport::write(*model, path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bytes.remove(0, 3);
        QCOMPARE(QString::fromUtf8(bytes), CsvExport::toCsv(*model, options));
    }

    void unwritablePathFailsReadably()
    {
        QStandardItemModel* model = tricky(this);
        const ExportResult result = CsvExport::write(*model, QStringLiteral("/nonexistent-dir-for-spendboard/out.csv"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("Could not write")));
        QVERIFY(result.error.contains(QStringLiteral("out.csv")));
    }
};

QTEST_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
