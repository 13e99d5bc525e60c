"""Run a Python asyncio program in virtual time.

Usage: python3 scripts/virtual_asyncio.py PROGRAM.py

The lesson checker uses this to run the lessons' ```python blocks and compare
what they print with the output the lessons show. asyncio's own event loop
decides what runs when; only the clock is virtual: when the loop would wait
for a timer, time jumps forward instead, and time.sleep() moves the clock
instead of sleeping. So a program that sleeps for minutes finishes at once
and prints what it would print in real time.
"""

import asyncio
import selectors
import signal
import sys
import time

now = 0.0


class VirtualSelector(selectors.DefaultSelector):
    def select(self, timeout=None):
        global now
        if timeout is not None and timeout > 0:
            # Something already ready (a signal's wakeup byte) is handled
            # now, as in real time, not after the wait it cut short.
            ready = super().select(0)
            if ready:
                return ready
            now += timeout
            timeout = 0
        return super().select(timeout)


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(VirtualSelector())

    def time(self):
        return now


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualLoop()


def virtual_sleep(seconds):
    global now
    now += seconds


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: virtual_asyncio.py PROGRAM.py")
    path = sys.argv[1]
    with open(path) as file:
        source = file.read()
    # A program started from a thread that blocks signals (a test's, on
    # Swift's pool) inherits the block: a signal it sends itself would
    # never arrive. Unblock them, as in a program started from a shell.
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    asyncio.set_event_loop_policy(VirtualPolicy())
    time.sleep = virtual_sleep
    exec(compile(source, path, "exec"), {"__name__": "__main__"})


main()
