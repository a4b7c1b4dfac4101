// Keystroke to preview updated and highlighted, for the large spec of the
// RunSpec benchmark: a key typed into the image field goes through the
// document, validation, the request codec, the preview and its highlighter,
// and the Review page's command line. A benchmark, not a test.

#include "app/spec/runspecdocument.h"
#include "largespec.h"
#include "ui/mainwindow.h"
#include "ui/wizard/runwizard.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
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
    RunSpec spec = largeSpec();
    spec.image = u"nginx"_s; // the field the benchmark types into

    const QTemporaryDir home;
    Ui::MainWindow window(UserFiles::in(home.path()));
    window.document()->setSpec(spec);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.wizard()->goToStep(2); // the Image step
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
