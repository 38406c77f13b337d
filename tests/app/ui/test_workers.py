"""The one pool helper: a result or the exception that stopped the work, never nothing."""

import threading

from PySide6.QtWidgets import QWidget

from app.ui import workers


def test_a_result_and_a_failure_are_both_delivered_on_the_gui_thread(qtbot, qapp):
    owner = QWidget()
    qtbot.addWidget(owner)  # closed and deleted with the test, its Delivery with it
    delivery = workers.Delivery(owner)
    got = []
    delivery.finished.connect(lambda tag, value: got.append(("ok", tag, value, _main())))
    delivery.failed.connect(lambda tag, exc: got.append(("failed", tag, str(exc), _main())))
    ran_on = []

    def work():
        ran_on.append(_main())
        return 42

    def broken():
        raise ValueError("no such survey")

    jobs = []  # kept until they have delivered, as the views keep theirs
    with qtbot.waitSignal(delivery.finished, timeout=10_000):
        jobs.append(workers.start(work, "a", delivery))
    with qtbot.waitSignal(delivery.failed, timeout=10_000):
        jobs.append(workers.start(broken, "b", delivery))
    assert not any(job.autoDelete() for job in jobs)  # the pool never deletes them
    assert ran_on == [False]  # the work ran off the GUI thread
    assert got == [("ok", "a", 42, True), ("failed", "b", "no such survey", True)]


def _main() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_a_job_whose_view_was_closed_ends_without_a_word(qapp, capfd):
    """Closing a view while its job runs: the job's outcome has nobody to go to, and it
    says nothing (it printed "Signal source has been deleted" on the pool's thread)."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    release = threading.Event()
    owner = QWidget()
    delivery = workers.Delivery(owner)
    jobs = [workers.start(lambda: release.wait(10) and 1, "a", delivery)]
    jobs.append(workers.start(lambda: release.wait(10) and 1 / 0, "b", delivery))
    shiboken6.delete(owner)  # the view, and its Delivery with it, gone mid-job
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qapp.processEvents()
    assert "RuntimeError" not in capfd.readouterr().err
    assert len(jobs) == 2
