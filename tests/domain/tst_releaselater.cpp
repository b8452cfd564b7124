// releaseInBackground: the value is destroyed, exactly once, and not on the calling (GUI) thread.
#include "domain/releaselater.h"

#include <QAtomicInt>
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
};

QTEST_GUILESS_MAIN(tst_ReleaseLater)
#include "tst_releaselater.moc"
