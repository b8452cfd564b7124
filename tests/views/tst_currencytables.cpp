// The Keys and Projects tables in a display currency: every money cell shows the US dollar amount
// converted at the month's dated rate, exact to the cent (one rounding, half away from zero); the
// headers name the currency; sorting, MoneyRole and tooltips stay exact US dollars.
#include "simsession.h"

#include "export/csvexport.h"
#include "history/currencyformatter.h"
#include "history/currencyrates.h"
#include "itemmodels/apikeytablemodel.h"
#include "itemmodels/entitytablemodel.h"
#include "itemmodels/projecttablemodel.h"
#include "pages/keyspage.h"
#include "pages/projectspage.h"

#include <QTableView>
#include <QTest>

namespace {

constexpr qint64 kEurRate = 921'300; // 0.9213 EUR per US dollar, in millionths

// `usd` at 0.9213, rounded half away from zero to whole cents, computed here independently of
// CurrencyRates: micros * rate / 10^6 is micro-euros; / 10^4 is cents.
Money eurosOf(Money usd)
{
    const qint64 scaled = usd.micros() * kEurRate; // below 2^63 for anything under $9 million
    const qint64 divisor = 1'000'000LL * 10'000;
    qint64 cents = scaled / divisor;
    const qint64 rest = scaled % divisor;
    if (2 * (rest < 0 ? -rest : rest) >= divisor)
        cents += scaled < 0 ? -1 : 1;
    return Money::fromMicros(cents * 10'000);
}

QString eurText(Money usd)
{
    return eurosOf(usd).format(QLocale(), 2, QStringLiteral("€"));
}

} // namespace

class TestCurrencyTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_session.start());
        QVERIFY(m_rates.setDisplayCurrency(QStringLiteral("EUR")));
        QVERIFY(m_rates.setRate(QDate(2026, 10, 1), QStringLiteral("EUR"), 950'000)); // October's: not used
        QVERIFY(m_rates.setRate(QDate(2026, 11, 2), QStringLiteral("EUR"), kEurRate));
        m_context.store = &m_session.store;
        m_context.currency = &m_rates;
    }

    void roundsHalfAwayFromZero()
    {
        // The independent reference itself: $1.0853 * 0.9213 = €0.99988… -> €1.00; $0.0054 -> €0.00497… -> €0.00
        QCOMPARE(eurosOf(Money::fromMicros(1'085'300)), Money::fromMicros(1'000'000));
        QCOMPARE(eurosOf(Money::fromMicros(5'400)), Money());
        // The formatter agrees, with an exact half cent ($50 * 0.9213 = €46.065 -> €46.07) and without.
        const auto f = CurrencyFormatter::create(&m_rates, Period::ofMonth(2026, 11));
        QVERIFY(f);
        QCOMPARE(eurosOf(Money::fromMicros(50'000'000)), Money::fromMicros(46'070'000));
        QCOMPARE(f->format(Money::fromMicros(50'000'000)), QStringLiteral("€46.07"));
        QCOMPARE(f->format(Money::fromMicros(59'700)), QStringLiteral("€0.06"));
        QCOMPARE(f->format(Money::fromMicros(912'105'000)), QStringLiteral("€840.32"));
        // November converts at the rate dated 2 Nov, not October's.
        QCOMPARE(f->signature().split(u'|').value(3), QString::number(kEurRate));
        QVERIFY(!CurrencyFormatter::create(nullptr, Period::ofMonth(2026, 11)));
    }

    void keysTableConvertsEveryMoneyCell()
    {
        KeysPage page(m_context);
        const QAbstractItemModel* m = page.table()->model();
        QVERIFY(m->rowCount() > 0);
        const QList<int> moneyColumns{ApiKeyTableModel::LimitColumn, ApiKeyTableModel::SpendColumn,
                                      ApiKeyTableModel::ForecastColumn, ApiKeyTableModel::HeadroomColumn};
        QCOMPARE(m->headerData(ApiKeyTableModel::SpendColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Spend (month) in EUR"));
        QCOMPARE(m->headerData(ApiKeyTableModel::LimitColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Limit in EUR"));
        QCOMPARE(m->headerData(ApiKeyTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        int converted = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString id = m->index(r, 0).data(EntityTableModel::IdRole).toString();
            const ApiKey* key = m_session.store.key(id);
            QVERIFY(key);
            const QModelIndex spend = m->index(r, ApiKeyTableModel::SpendColumn);
            QCOMPARE(spend.data().toString(), eurText(key->spend));
            // Internally nothing moved: exact US dollars for sorting and MoneyRole.
            QCOMPARE(spend.data(EntityTableModel::SortRole).toLongLong(), key->spend.micros());
            QCOMPARE(spend.data(EntityTableModel::MoneyRole).value<Money>(), key->spend);
            QCOMPARE(spend.data(Qt::ToolTipRole).toString().contains(u'€'), false);
            if (key->limit.hasLimit())
                QCOMPARE(m->index(r, ApiKeyTableModel::LimitColumn).data().toString(), eurText(key->limit.amount()));
            for (int c : moneyColumns) {
                const QModelIndex i = m->index(r, c);
                if (i.data(EntityTableModel::MoneyRole).isValid()) {
                    QCOMPARE(i.data().toString(), eurText(i.data(EntityTableModel::MoneyRole).value<Money>()));
                    ++converted;
                }
            }
        }
        QVERIFY(converted >= m->rowCount() * 2);

        // Sorting by spend still orders by the exact dollars (and so by the euros too).
        page.table()->sortByColumn(ApiKeyTableModel::SpendColumn, Qt::DescendingOrder);
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(m->index(r - 1, ApiKeyTableModel::SpendColumn).data(EntityTableModel::SortRole).toLongLong() >=
                    m->index(r, ApiKeyTableModel::SpendColumn).data(EntityTableModel::SortRole).toLongLong());

        // A CSV export keeps exact US dollars, and its header says nothing of euros.
        const QStringList csv = CsvExport::toCsv(*m).split(QStringLiteral("\r\n"));
        QVERIFY(csv.first().contains(QStringLiteral("Spend (month)")));
        QVERIFY2(!csv.first().contains(QStringLiteral("EUR")), qPrintable(csv.first()));
        const ApiKey* top = m_session.store.key(m->index(0, 0).data(EntityTableModel::IdRole).toString());
        QVERIFY(csv.at(1).contains(top->spend.toDecimalString()));
        QVERIFY(!csv.at(1).contains(u'€'));

        // Back to US dollars: the cells and headers follow without a new page.
        CurrencyRates usd = m_rates;
        QVERIFY(usd.setDisplayCurrency(QStringLiteral("USD")));
        std::swap(m_rates, usd);
        page.displayCurrencyChanged();
        std::swap(m_rates, usd);
        const QString id = m->index(0, 0).data(EntityTableModel::IdRole).toString();
        QCOMPARE(m->index(0, ApiKeyTableModel::SpendColumn).data().toString(), m_session.store.key(id)->spend.format());
        QCOMPARE(m->headerData(ApiKeyTableModel::SpendColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Spend (month)"));
        page.displayCurrencyChanged();
        QCOMPARE(m->index(0, ApiKeyTableModel::SpendColumn).data().toString(), eurText(m_session.store.key(id)->spend));
    }

    void projectsTableConvertsSpendAndLimit()
    {
        ProjectsPage page(m_context);
        const QAbstractItemModel* m = page.table()->model();
        QVERIFY(m->rowCount() > 0);
        QCOMPARE(m->headerData(ProjectTableModel::HeadroomColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Headroom in EUR"));
        for (int r = 0; r < m->rowCount(); ++r) {
            const Project* p = m_session.store.project(m->index(r, 0).data(EntityTableModel::IdRole).toString());
            QVERIFY(p);
            QCOMPARE(m->index(r, ProjectTableModel::SpendColumn).data().toString(), eurText(p->spend));
            if (p->limit.hasLimit())
                QCOMPARE(m->index(r, ProjectTableModel::LimitColumn).data().toString(), eurText(p->limit.amount()));
            QCOMPARE(m->index(r, ProjectTableModel::SpendColumn).data(EntityTableModel::SortRole).toLongLong(),
                     p->spend.micros());
        }
    }

private:
    SimSession m_session;
    CurrencyRates m_rates;
    ViewContext m_context;
};

QTEST_MAIN(TestCurrencyTables)
#include "tst_currencytables.moc"
