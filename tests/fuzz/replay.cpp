// fuzz_replay: runs every fuzz target over every input of its corpus
// (tests/fuzz/corpus/<target>/), so that the ordinary sanitizer build checks
// the crashes fuzzing once found, and every input that reached new code, on
// each test run. A crash, a sanitizer report or a failed property aborts; a
// target without a corpus, or a corpus without a target, fails.

#include "fuzz/fuzztarget.h"

#include <QDir>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_replay CORPUS_ROOT\n");
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    int count = 0;
    const Flightdeck::Fuzz::Target *targets = Flightdeck::Fuzz::targets(&count);

    int failures = 0;
    QSet<QString> names;
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromLatin1(targets[i].name);
        names.insert(name);
        const QDir corpus(root.filePath(name));
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            std::fprintf(stderr, "%s: no corpus in %s\n", targets[i].name, qPrintable(corpus.path()));
            ++failures;
            continue;
        }
        for (const QString &file : files) {
            QFile input(corpus.filePath(file));
            if (!input.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(input.fileName()), qPrintable(input.errorString()));
                ++failures;
                continue;
            }
            const QByteArray data = input.readAll();
            std::fprintf(stderr, "%s/%s\n", targets[i].name, qPrintable(file)); // the last line names a crashing input
            targets[i].run(data);
        }
        std::printf("%s: %lld inputs\n", targets[i].name, static_cast<long long>(files.size()));
    }
    const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &dir : dirs) {
        if (!names.contains(dir)) {
            std::fprintf(stderr, "corpus %s has no target\n", qPrintable(dir));
            ++failures;
        }
    }
    std::printf("%d targets replayed, %d problems\n", count, failures);
    return failures == 0 ? 0 : 1;
}
