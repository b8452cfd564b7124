#pragma once

#include <QString>
#include <QStringList>

class SimRandom;

// Realistic names for the synthetic organization: org names, people, key names, projects, models.
class SimNames final
{
public:
    struct Model
    {
        const char* id;           // as Requesty names it: provider/model
        int costPerRequestMicros; // a typical request's price
    };

    static QString orgName(SimRandom& random);
    static QString emailDomain(const QString& orgName); // "Acme AI" -> "acme.ai"
    static QString personName(SimRandom& random);       // "ana.silva"
    static QString keyName(SimRandom& random);          // "billing-bot", "ci-runner-3"
    static QString projectName(int index);              // shared projects
    static QString groupName(int index);
    static QString team(SimRandom& random);
    static int modelCount();
    static const Model& model(int index);
    static QString provider(int modelIndex); // "openai" for "openai/gpt-5"
};
