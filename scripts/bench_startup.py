"""Start asyncio, run one task, print the peak memory in KiB.

`make bench` runs this several times as `python3 scripts/bench_startup.py`
and times each run from the outside, to compare what it costs to start a
Python asyncio program with what it costs to start a Swift one. You can
run it alone too. It prints one line on stdout: the process's peak
resident memory, in KiB, as an integer. It reports; it asserts nothing.

It imports as little as it can, because every import is start-up time
you would be measuring: asyncio, sys, and on macOS or BSD `resource` to
read the memory figure.
"""

import asyncio
import sys


async def work():
    return 42


async def main():
    # One real task, created, scheduled and awaited, so you measure a
    # loop that has run something, not one that only exists.
    task = asyncio.create_task(work())
    return await task


def peak_kib():
    """The peak resident set size of this process, in KiB."""
    if sys.platform.startswith("linux"):
        # VmHWM is the "high water mark" of resident memory, in kB.
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # ru_maxrss is in bytes on macOS, in KiB on Linux and the BSDs.
    if sys.platform == "darwin":
        return peak // 1024
    return peak


if __name__ == "__main__":
    asyncio.run(main())
    print(peak_kib())
