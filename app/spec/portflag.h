#pragma once

// One --port value and how it joins the services, as flyctl reads it.
// Internal to the flag parser (flagparser.cpp).

#include "app/spec/runspec.h"

#include <QList>
#include <QString>

#include <optional>

namespace Flightdeck::FlyFlags {

struct ParsedPort
{
    PortSpec port;
    int internalPort = 0;
    QString protocol;
    bool remove = false; // handlers exactly ["-"]
};

// ports[/protocol[:handler…]] with ports = ext | ext:int | start-end:int;
// nullopt with `message` set (flyctl's words) when it cannot be read.
std::optional<ParsedPort> parsePort(const QString &text, QString *message);

// Adds the port to the service on its internal port and protocol (a new one
// when there is none); handlers "-" remove that port instead.
void addPort(QList<ServiceSpec> &services, const ParsedPort &parsed);

} // namespace Flightdeck::FlyFlags
