// Digest: what the key table's change detection relies on. Any change of a value, its order or how a
// text is split changes the digest; equal sequences always give equal digests.
#include "domain/digest.h"

#include <QSet>
#include <QTest>

class tst_Digest : public QObject
{
    Q_OBJECT

    static quint64 of(const QStringList& texts)
    {
        Digest d;
        for (const QString& t : texts)
            d.add(t);
        return d.value();
    }

private slots:
    void equalSequencesGiveEqualDigests()
    {
        QCOMPARE(of({QStringLiteral("key-1"), QStringLiteral("env=prod")}),
                 of({QStringLiteral("key-1"), QStringLiteral("env=prod")}));
        QCOMPARE(Digest().add(qint64(5)).add(true).value(), Digest().add(qint64(5)).add(true).value());
    }

    void howATextIsSplitMatters()
    {
        QVERIFY(of({QStringLiteral("ab"), QStringLiteral("c")}) != of({QStringLiteral("a"), QStringLiteral("bc")}));
        QVERIFY(of({QStringLiteral("a"), QString()}) != of({QStringLiteral("a")}));
        QVERIFY(of({QString(), QStringLiteral("a")}) != of({QStringLiteral("a"), QString()}));
        // Padding of the last word: a trailing NUL is a different text.
        QVERIFY(of({QStringLiteral("abc")}) != of({QString::fromUtf16(u"abc\0", 4)}));
    }

    void everyCharacterCounts()
    {
        // Each one-character change of a 37-character id (crossing several 8-byte words) and of a
        // money amount gives a digest of its own.
        const QString id = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a!");
        QSet<quint64> seen{of({id})};
        for (int i = 0; i < id.size(); ++i) {
            QString changed = id;
            changed[i] = QChar(changed[i].unicode() ^ 1);
            seen.insert(of({changed}));
        }
        QCOMPARE(seen.size(), id.size() + 1);
        QSet<quint64> amounts;
        for (qint64 micros = 0; micros < 1000; ++micros)
            amounts.insert(Digest().add(QStringLiteral("k")).add(micros).value());
        QCOMPARE(amounts.size(), 1000);
    }

    void orderMatters()
    {
        QVERIFY(Digest().add(qint64(1)).add(qint64(2)).value() != Digest().add(qint64(2)).add(qint64(1)).value());
        const qint64 a[] = {1, 2, 3};
        const qint64 b[] = {1, 3, 2};
        QVERIFY(Digest().addBytes(a, sizeof a).value() != Digest().addBytes(b, sizeof b).value());
    }
};

QTEST_APPLESS_MAIN(tst_Digest)
#include "tst_digest.moc"
