#include "support/freeport.h"

#include <QTcpServer>

namespace TestSupport {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace TestSupport
