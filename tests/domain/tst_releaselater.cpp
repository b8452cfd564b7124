// releaseInBackground: the value is destroyed, exactly once, and not on the calling (GUI) thread.
// returnFreedMemory: requests are gathered into one trim after a quiet time, at most one per interval.
#include "domain/releaselater.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QList>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

struct Probe
{
    Probe(QAtomicPointer<QThread>* on, QAtomicInt* count)
        : destroyedOn(on)
        , destroyed(count)
    {}
    Q_DISABLE_COPY_MOVE(Probe)
    QAtomicPointer<QThread>* destroyedOn;
    QAtomicInt* destroyed;
    ~Probe()
    {
        destroyedOn->storeRelease(QThread::currentThread());
        destroyed->fetchAndAddRelease(1);
    }
};

} // namespace

class tst_ReleaseLater : public QObject
{
    Q_OBJECT
private slots:
    void lastReferenceIsDroppedOnAPoolThread()
    {
        QAtomicPointer<QThread> destroyedOn;
        QAtomicInt destroyed;
        auto value = std::make_shared<Probe>(&destroyedOn, &destroyed);
        QList<std::shared_ptr<Probe>> list{value};
        value.reset();
        releaseInBackground(false, std::move(list));
        QVERIFY(list.isEmpty()); // moved away: the caller holds nothing any more
        QTRY_COMPARE(destroyed.loadAcquire(), 1);
        QVERIFY(destroyedOn.loadAcquire() != nullptr);
        QVERIFY(destroyedOn.loadAcquire() != QThread::currentThread());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
        QCOMPARE(destroyed.loadAcquire(), 1);
    }

    void severalValuesAtOnce()
    {
        QAtomicPointer<QThread> on1, on2;
        QAtomicInt count;
        auto a = std::make_shared<Probe>(&on1, &count);
        auto b = std::make_shared<Probe>(&on2, &count);
        releaseInBackground(true, std::move(a), std::move(b));
        QTRY_COMPARE(count.loadAcquire(), 2);
        QVERIFY(on1.loadAcquire() != QThread::currentThread());
        QVERIFY(on2.loadAcquire() != QThread::currentThread());
    }

    void freedMemoryIsReturnedOnceTheAppIsQuiet()
    {
        setFreedMemoryTiming(200, 1500);
        const int before = freedMemoryReturns();
        QElapsedTimer clock;
        clock.start();
        // A burst of requests (a refresh and its follow-ups): one trim, after the last request.
        for (int i = 0; i < 3; ++i)
            returnFreedMemory();
        QTRY_COMPARE(freedMemoryReturns(), before + 1);
        QVERIFY(clock.elapsed() >= 200);

        // Within the interval a request is deferred to its end (1.5 s after the first trim), not dropped
        // and not run after the quiet time alone (0.2 s).
        clock.restart();
        returnFreedMemory();
        QTRY_COMPARE_WITH_TIMEOUT(freedMemoryReturns(), before + 2, 5000);
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
        QCOMPARE(freedMemoryReturns(), before + 2);
        setFreedMemoryTiming(3000, 60'000);
    }
};

QTEST_GUILESS_MAIN(tst_ReleaseLater)
#include "tst_releaselater.moc"
