#pragma once

// Shared by the dialog tests: an in-process simulator, a real ManagementApi and OrgStore over loopback,
// a confirmer the test answers, and helpers to find a key in a given state.

#include "simulator.h"

#include "api/managementapi.h"
#include "dialogs/confirmer.h"
#include "store/orgstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>

// The store's clock follows the simulator's "now".
class SimulatedClock final : public Clock
{
public:
    explicit SimulatedClock(const Simulator& sim)
        : m_sim(sim)
    {}
    QDateTime nowUtc() const override { return m_sim.simulatedNow(); }

private:
    const Simulator& m_sim;
};

// Answers every question with `answer` and records what was asked.
class FakeConfirmer final : public Confirmer
{
public:
    void ask(QWidget*, const Question& question, Answer answer) override
    {
        questions.append(question);
        answer(this->answer);
    }
    bool answer = true;
    QList<Question> questions;
};

inline Simulator::Options smallOrg()
{
    Simulator::Options o;
    o.keys = 10;
    o.projects = 3;
    o.speed = 0; // spend stands still: limits and conflicts stay deterministic
    o.seed = 7;
    return o;
}

struct DialogTestRig
{
    enum class KeyKind { Admin, Read };

    explicit DialogTestRig(KeyKind kind = KeyKind::Admin, Simulator::Options options = smallOrg())
        : sim(options)
        , clock(sim)
    {
        started = sim.start();
        api.setBaseUrl(sim.url());
        api.setApiKey(kind == KeyKind::Admin ? sim.adminKey() : sim.readKey());
        ManagementApi::Options o = api.options();
        o.maxAttempts = 1; // failures reach the dialog at once
        o.transferTimeoutMs = 10'000;
        api.setOptions(o);
    }

    // Refreshes the store once; false when it failed.
    bool load()
    {
        if (!started)
            return false;
        QSignalSpy finished(&store, &OrgStore::refreshFinished);
        if (!store.refresh())
            return false;
        if (!finished.wait(20'000))
            return false;
        return finished.first().first().toBool();
    }

    // The first key (in the store's order) matching `pred`.
    const ApiKey* findKey(const std::function<bool(const ApiKey&)>& pred) const
    {
        for (const ApiKey& k : store.keys()) {
            if (pred(k))
                return &k;
        }
        return nullptr;
    }

    // A key other than the one the rig itself calls with.
    ApiKey otherKey() const
    {
        const QString self = store.capabilities().selfKeyId;
        const ApiKey* k = findKey([&](const ApiKey& key) { return key.id != self && !key.name.isEmpty(); });
        return k ? *k : ApiKey();
    }

    Simulator sim;
    SimulatedClock clock;
    QNetworkAccessManager nam;
    ManagementApi api{&nam};
    OrgStore store{&api, clock};
    bool started = false;
};
