#pragma once

#include "app/spec/runspec.h"

#include <QRandomGenerator>

// Random RunSpecs for round-trip tests: every member, tricky text (quotes,
// spaces, '=', unicode), and the shapes only a --machine-config can carry.
class SpecGenerator
{
public:
    explicit SpecGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    // includeBodyExtra: keys outside `config`, which no command line carries.
    Flightdeck::RunSpec next(bool includeBodyExtra);

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    template <typename T>
    T pick(const QList<T> &list) { return list.at(m_random.bounded(qsizetype(list.size()))); }
    QString word();
    QString text();
    QStringList words(int min, int max);

    QRandomGenerator m_random;
};
