// KeyFilterProxy over ApiKeyTableModel: search, quick filters, project filter, numeric sort that
// follows merges.
#include "testsnapshots.h"

#include "itemmodels/apikeytablemodel.h"
#include "itemmodels/keyfilterproxy.h"
#include "store/orgstore.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace TestSnapshots;
using M = ApiKeyTableModel;

class tst_KeyFilterProxy : public QObject
{
    Q_OBJECT

    const QDateTime m_now = utc(2026, 11, 10);

    struct Rig
    {
        explicit Rig(const QDateTime& now)
            : clock(now)
        {
            proxy.setSourceModel(&model);
        }
        FixedClock clock;
        OrgStore store{nullptr, clock};
        M model{&store};
        KeyFilterProxy proxy;
        QAbstractItemModelTester sourceTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
        QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};

        QStringList ids() const
        {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out.append(proxy.index(r, 0).data(M::IdRole).toString());
            return out;
        }
    };

    OrgSnapshot sample() const
    {
        ApiKey a = key(QStringLiteral("a"), QStringLiteral("CI bot"), dollars(100), dollars(9), QStringLiteral("p1"));
        a.labels = {{QStringLiteral("Team"), QStringLiteral("Platform")}};
        ApiKey b = key(QStringLiteral("b"), QStringLiteral("Notebook"), dollars(100), dollars(85));
        b.creatorEmail = QStringLiteral("Bob@Example.com");
        b.expiresAt = m_now.addDays(3);
        ApiKey c = key(QStringLiteral("c"), QStringLiteral("Batch"), dollars(50), dollars(100), QStringLiteral("p1"));
        ApiKey d = key(QStringLiteral("d"), QStringLiteral("Sandbox"), Money(), dollars(10));
        d.expiresAt = m_now.addDays(30);
        return snapshot(m_now, {a, b, c, d}, {project(QStringLiteral("p1"), QStringLiteral("P1"), Money(), Money())},
                        true);
    }

private slots:
    void searchIsCaseInsensitiveOverNameLabelsCreator()
    {
        Rig rig(m_now);
        rig.store.setSnapshot(sample(), false);
        QCOMPARE(rig.proxy.rowCount(), 4);
        rig.proxy.setSearchText(QStringLiteral("ci BOT"));
        QCOMPARE(rig.ids(), QStringList{QStringLiteral("a")});
        rig.proxy.setSearchText(QStringLiteral("platform")); // a label value
        QCOMPARE(rig.ids(), QStringList{QStringLiteral("a")});
        rig.proxy.setSearchText(QStringLiteral("bob@example")); // creator
        QCOMPARE(rig.ids(), QStringList{QStringLiteral("b")});
        rig.proxy.setSearchText(QStringLiteral("ana@")); // the other keys' creator
        QCOMPARE(rig.proxy.rowCount(), 3);
        rig.proxy.setSearchText(QStringLiteral("nothing like it"));
        QCOMPARE(rig.proxy.rowCount(), 0);
        rig.proxy.setSearchText(QString());
        QCOMPARE(rig.proxy.rowCount(), 4);
    }

    void quickFilters()
    {
        Rig rig(m_now);
        rig.store.setSnapshot(sample(), false);
        rig.proxy.setSortRole(M::IdRole);
        rig.proxy.sort(0);
        rig.proxy.setQuickFilters(EntityFilterProxy::Over80Percent);
        QCOMPARE(rig.ids(), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        rig.proxy.setQuickFilters(EntityFilterProxy::OverLimit);
        QCOMPARE(rig.ids(), QStringList{QStringLiteral("c")});
        rig.proxy.setQuickFilters(EntityFilterProxy::NoLimitSet);
        QCOMPARE(rig.ids(), QStringList{QStringLiteral("d")});
        rig.proxy.setQuickFilters(EntityFilterProxy::ExpiringSoon);
        QCOMPARE(rig.ids(), QStringList{QStringLiteral("b")});
        rig.proxy.setQuickFilters(EntityFilterProxy::OverLimit | EntityFilterProxy::NoLimitSet); // any of them
        QCOMPARE(rig.ids(), (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
        // Combined with the search text: both must hold.
        rig.proxy.setSearchText(QStringLiteral("sand"));
        QCOMPARE(rig.ids(), QStringList{QStringLiteral("d")});
        rig.proxy.setQuickFilters(EntityFilterProxy::NoQuickFilter);
        rig.proxy.setSearchText(QString());
        QCOMPARE(rig.proxy.rowCount(), 4);
    }

    void projectFilter()
    {
        Rig rig(m_now);
        rig.store.setSnapshot(sample(), false);
        rig.proxy.setSortRole(M::IdRole);
        rig.proxy.sort(0);
        rig.proxy.setProjectFilter(QStringLiteral("p1"));
        QCOMPARE(rig.ids(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        rig.proxy.setProjectFilter(QString());
        QCOMPARE(rig.proxy.rowCount(), 4);
    }

    void sortsNumericallyNotAsText()
    {
        Rig rig(m_now);
        rig.store.setSnapshot(
            snapshot(m_now, {key(QStringLiteral("nine"), QStringLiteral("n"), dollars(1000), dollars(9)),
                             key(QStringLiteral("hundred"), QStringLiteral("h"), Money(), dollars(100)),
                             key(QStringLiteral("ten"), QStringLiteral("t"), dollars(20), dollars(10)),
                             key(QStringLiteral("cents"), QStringLiteral("c"), dollars(5), cents(1050))}),
            false);
        rig.proxy.sort(M::SpendColumn, Qt::AscendingOrder);
        // As text "$10.00" < "$10.50" < "$100.00" < "$9.00"; as amounts 9 < 10 < 10.50 < 100.
        QCOMPARE(rig.ids(), (QStringList{QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("cents"),
                                         QStringLiteral("hundred")}));
        rig.proxy.sort(M::PercentColumn, Qt::DescendingOrder); // 210 %, 50 %, 0.9 %, no limit last
        QCOMPARE(rig.ids(), (QStringList{QStringLiteral("cents"), QStringLiteral("ten"), QStringLiteral("nine"),
                                         QStringLiteral("hundred")}));
        rig.proxy.sort(M::LimitColumn, Qt::AscendingOrder); // "No limit" above every amount
        QCOMPARE(rig.ids().last(), QStringLiteral("hundred"));
    }

    void followsMerges()
    {
        Rig rig(m_now);
        OrgSnapshot s = sample();
        rig.store.setSnapshot(s, false);
        rig.proxy.sort(M::SpendColumn, Qt::DescendingOrder);
        rig.proxy.setQuickFilters(EntityFilterProxy::Over80Percent);
        QCOMPARE(rig.proxy.rowCount(), 2);
        // Key a crosses 80 % in the next refresh and becomes the biggest spender.
        s.keys[0].spend = dollars(150);
        rig.store.setSnapshot(s, false);
        QCOMPARE(rig.proxy.rowCount(), 3);
        QCOMPARE(rig.ids().first(), QStringLiteral("a"));
        // Key b is deleted.
        s.keys.removeAt(1);
        rig.store.setSnapshot(s, false);
        QCOMPARE(rig.ids(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    }
};

QTEST_GUILESS_MAIN(tst_KeyFilterProxy)
#include "tst_keyfilterproxy.moc"
