#include "simnames.h"

#include "simrandom.h"

#include <iterator>

namespace {
const char* const kOrgs[] = {"Acme AI",       "Northwind Labs",     "Globex Research",
                             "Initech Cloud", "Umbrella Analytics", "Hooli Platform",
                             "Vandelay Data", "Wonka Intelligence"};
const char* const kFirst[] = {"ana",   "ben",  "chloe", "david", "elena", "farid",  "grace", "hiro",  "ines",
                              "jonas", "kara", "liam",  "maya",  "nikos", "olga",   "pedro", "quinn", "rosa",
                              "sven",  "tara", "umar",  "vera",  "wei",   "ximena", "yusuf", "zoe"};
const char* const kLast[] = {"silva", "keller", "nguyen", "okafor", "rossi",    "tanaka", "schmidt",   "haddad",
                             "novak", "larsen", "moreau", "patel",  "kowalski", "garcia", "lindqvist", "obi"};
const char* const kService[] = {"billing",   "support",    "search", "ci",        "docs",        "chat",
                                "email",     "sales",      "hr",     "legal",     "onboarding",  "analytics",
                                "fraud",     "translate",  "recsys", "voice",     "code-review", "triage",
                                "contracts", "faq",        "crm",    "marketing", "notebook",    "eval",
                                "ingest",    "moderation", "qa",     "release"};
const char* const kRole[] = {"bot",       "worker",    "agent",    "runner",  "summarizer", "classifier",
                             "extractor", "assistant", "pipeline", "batch",   "copilot",    "tagger",
                             "router",    "indexer",   "drafter",  "reviewer"};
const char* const kProjects[] = {"Customer Support", "Search",       "Data Platform",        "Marketing Copy",
                                 "Internal Tools",   "Research",     "Mobile App",           "Billing",
                                 "Sales Enablement", "Legal Review", "Developer Experience", "Security",
                                 "Localization",     "Analytics",    "Onboarding",           "Growth Experiments"};
const char* const kGroups[] = {"Platform", "Research", "Support", "Growth", "Finance", "Security"};
const char* const kTeams[] = {"search", "support", "platform", "growth", "research", "finance", "security", "data"};
const SimNames::Model kModels[] = {
    {"openai/gpt-5", 21000},
    {"openai/gpt-5-mini", 3200},
    {"openai/gpt-4.1", 14000},
    {"anthropic/claude-sonnet-4", 24000},
    {"anthropic/claude-opus-4", 62000},
    {"anthropic/claude-3-5-haiku", 4100},
    {"google/gemini-2.5-pro", 17000},
    {"google/gemini-2.5-flash", 2600},
    {"mistral/mistral-large-latest", 9000},
    {"mistral/codestral-latest", 5200},
    {"deepseek/deepseek-chat", 1900},
    {"deepseek/deepseek-reasoner", 4800},
};

template <typename T, size_t N>
const T& pick(SimRandom& random, const T (&pool)[N])
{
    return pool[random.bounded(int(N))];
}
} // namespace

QString SimNames::orgName(SimRandom& random)
{
    return QString::fromLatin1(pick(random, kOrgs));
}

QString SimNames::emailDomain(const QString& orgName)
{
    QString first = orgName.section(QLatin1Char(' '), 0, 0).toLower();
    return first + QLatin1String(".ai");
}

QString SimNames::personName(SimRandom& random)
{
    return QString::fromLatin1(pick(random, kFirst)) + QLatin1Char('.') + QString::fromLatin1(pick(random, kLast));
}

QString SimNames::keyName(SimRandom& random)
{
    QString name =
        QString::fromLatin1(pick(random, kService)) + QLatin1Char('-') + QString::fromLatin1(pick(random, kRole));
    const int variant = random.bounded(10);
    if (variant < 2)
        name += QLatin1Char('-') + QString::number(random.range(1, 9));
    else if (variant == 2)
        name += QLatin1String("-staging");
    else if (variant == 3)
        name += QLatin1String("-prod");
    return name;
}

QString SimNames::projectName(int index)
{
    const int n = int(std::size(kProjects));
    QString name = QString::fromLatin1(kProjects[index % n]);
    if (index >= n)
        name += QLatin1Char(' ') + QString::number(index / n + 1);
    return name;
}

QString SimNames::groupName(int index)
{
    const int n = int(std::size(kGroups));
    QString name = QString::fromLatin1(kGroups[index % n]);
    if (index >= n)
        name += QLatin1Char(' ') + QString::number(index / n + 1);
    return name;
}

QString SimNames::team(SimRandom& random)
{
    return QString::fromLatin1(pick(random, kTeams));
}

int SimNames::modelCount()
{
    return int(std::size(kModels));
}

const SimNames::Model& SimNames::model(int index)
{
    return kModels[index];
}

QString SimNames::provider(int modelIndex)
{
    const QString id = QString::fromLatin1(kModels[modelIndex].id);
    return id.section(QLatin1Char('/'), 0, 0);
}
