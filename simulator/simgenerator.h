#pragma once

#include "simorganization.h"

#include <QByteArray>

// Builds the synthetic organization for a seed: people, projects, groups and keys with realistic names,
// limits, labels and expiries, then replays ~110 days of spend up to "now". A few keys and one project
// are placed just below 80 % and 100 % of their limits so a fast --speed crosses thresholds within seconds.
class SimGenerator final
{
public:
    struct Settings
    {
        int keys = 40;
        int projects = 8;
        qint64 now = 0; // seconds since epoch
        QByteArray adminSecret;
        QByteArray readSecret;
    };

    static void populate(SimOrganization& org, const Settings& settings);
    // Models, prices, tokens and demand of a key; modest = a new key created through the API.
    static void assignTraffic(SimOrganization::Key& key, SimRandom& random, bool modest);

    static constexpr int kHistoryDays = 110;

private:
    static void addPeople(SimOrganization& org, int count);
    static void addProjects(SimOrganization& org, int count);
    static void addGroups(SimOrganization& org);
    static void addKeys(SimOrganization& org, const Settings& settings);
    static qint64 monthToDateDemand(const SimOrganization::Key& key, qint64 now);
    static qint64 futureDemand(const SimOrganization::Key& key, qint64 now, qint64 seconds);
    static void placeNearThresholds(SimOrganization& org, qint64 now);
};
