#include "sim/ids.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Sim::Ids {

namespace {

QString randomFrom(const QString &alphabet, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(QRandomGenerator::global()->bounded(alphabet.size())));
    return out;
}

} // namespace

QString machineId()
{
    return randomFrom(u"0123456789abcdef"_s, 14);
}

QString ulid()
{
    static const QString alphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;
    quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    QString time(10, u'0');
    for (int i = 9; i >= 0; --i) {
        time[i] = alphabet.at(static_cast<int>(ms % 32));
        ms /= 32;
    }
    return time + randomFrom(alphabet, 16);
}

QString volumeId()
{
    return u"vol_"_s + randomFrom(u"0123456789abcdefghijklmnopqrstuvwxyz"_s, 16);
}

QString appId()
{
    return randomFrom(u"0123456789abcdefghijklmnopqrstuvwxyz"_s, 16);
}

QString privateIp()
{
    auto *random = QRandomGenerator::global();
    return u"fdaa:0:%1:a7b:%2:%3:%4:2"_s.arg(random->bounded(0x10000), 0, 16)
        .arg(random->bounded(0x10000), 0, 16)
        .arg(random->bounded(0x10000), 0, 16)
        .arg(random->bounded(0x10000), 0, 16);
}

QString machineName()
{
    static const QStringList adjectives{u"aged"_s, u"bold"_s, u"calm"_s, u"dry"_s, u"late"_s, u"quiet"_s, u"young"_s, u"misty"_s};
    static const QStringList nouns{u"thunder"_s, u"river"_s, u"forest"_s, u"moon"_s, u"field"_s, u"snow"_s, u"sea"_s, u"wind"_s};
    auto *random = QRandomGenerator::global();
    return u"%1-%2-%3"_s.arg(adjectives.at(random->bounded(adjectives.size())), nouns.at(random->bounded(nouns.size())))
        .arg(random->bounded(1000, 10000));
}

QString nonce()
{
    return randomFrom(u"0123456789abcdef"_s, 12);
}

QString digest(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace Sim::Ids
