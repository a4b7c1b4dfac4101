// Keystroke to preview updated and highlighted, for the large spec of the
// RunSpec benchmark: a key typed into the image field goes through the
// document, validation, the request codec, the preview and its highlighter,
// and the Review page's command line. A benchmark, not a test.

#include "mainwindow.h"
#include "spec/runspecdocument.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

class BenchPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keystroke();
};

void BenchPreview::keystroke()
{
    RunSpec spec;
    spec.app = u"bench-app"_s;
    spec.image = u"nginx"_s;
    spec.region = u"ams"_s;
    for (int i = 0; i < 50; ++i)
        spec.env.insert(u"SETTING_%1"_s.arg(i), u"value number %1 with some text"_s.arg(i));
    for (int s = 0; s < 4; ++s) {
        ServiceSpec service;
        service.internalPort = 8000 + s;
        for (int p = 0; p < 5; ++p)
            service.ports.append(PortSpec{10000 + s * 10 + p, 0, 0, {u"tls"_s, u"http"_s}, {}});
        spec.services.append(service);
    }
    for (int f = 0; f < 10; ++f)
        spec.files.append(FileSpec{u"/etc/app/conf%1.ini"_s.arg(f), FileSpec::Source::Literal, QString(512, QChar(u'a' + f)), {}});
    for (int m = 0; m < 5; ++m)
        spec.mounts.append(MountSpec{u"vol_%1abcdefghijklmno"_s.arg(m), u"/data/%1"_s.arg(m), {}});

    Ui::MainWindow window;
    window.document()->setSpec(spec);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *image = window.findChild<QLineEdit *>(u"imageEdit"_s);
    auto *preview = window.findChild<QPlainTextEdit *>(u"jsonPreviewEditor"_s);
    image->setFocus();
    image->end(false);
    int typed = 0;
    QBENCHMARK {
        QTest::keyClick(image, (typed++ % 2) ? Qt::Key_Backspace : Qt::Key_X);
    }
    QVERIFY(preview->toPlainText().contains(u"\"image\": \"nginx"_s));
}

QTEST_MAIN(BenchPreview)
#include "bench_preview.moc"
