#include "support/simstate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace TestSupport {

QHash<QString, int> machinesByLaunchId(const QJsonObject &simState, const QString &app)
{
    QHash<QString, int> count;
    const QJsonArray machines = simState.value(u"machines"_s).toArray();
    for (const QJsonValue &value : machines) {
        const QJsonObject machine = value.toObject();
        if (machine.value(u"app"_s).toString() == app && machine.value(u"state"_s).toString() != "destroyed"_L1)
            ++count[machine.value(u"config"_s).toObject().value(u"metadata"_s).toObject().value(u"flightdeck_launch_id"_s).toString()];
    }
    return count;
}

} // namespace TestSupport
