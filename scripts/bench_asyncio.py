"""Time the Python asyncio half of the course's benchmarks.

`make bench` runs the Swift benchmarks, then runs this script as

    python3 scripts/bench_asyncio.py --loop asyncio --warmup 1 --repeats 5

(and again with `--loop uvloop` when uvloop is installed), reads the one
JSON object it prints on stdout, and prints both languages side by side.
You can also run it alone; progress and medians go to stderr:

    python3 scripts/bench_asyncio.py [--loop asyncio|uvloop]
        [--warmup W] [--repeats R] [--only ID[,ID...]]

Each workload runs W times to warm up (thrown away), then R times. Every
run gets a fresh event loop, and the clock starts inside the coroutine,
so creating the loop is not counted. Every sample is a float in
nanoseconds: per operation for the tiny things (a call, a task), the
whole wall time for the rest (see each workload's docstring).

It reports; it never asserts a timing. Timings depend on your machine and
on what else it is doing. The only checks are on the answers (a sum, a
count of primes): a wrong answer is a bug in the benchmark, and a fast
wrong answer is worth nothing.
"""

import argparse
import asyncio
import concurrent.futures
import gc
import json
import os
import platform
import statistics
import sys
import threading
import time

SPAWN_TASKS = 10_000
SLEEP_SECONDS = 0.1
FETCH_COUNT = 10
FETCH_SECONDS = 0.05
PRIMES_LIMIT = 400_000
PRIMES_CHUNKS = 8
PRIMES_EXPECTED = 33_860  # pi(400,000): how many primes are below it
CALLS = 1_000_000
CONTINUATIONS = 200_000
YIELDS = 200_000
WORKERS = 8
INCREMENTS = 25_000  # per worker, so 200,000 in all
STREAM_ITEMS = 200_000


def expect(actual, wanted, what):
    """Stop if a workload computed the wrong answer.

    Not `assert`: `python3 -O` strips asserts, and you want this check to
    survive whatever flags you run with.
    """
    if actual != wanted:
        raise RuntimeError(f"{what}: got {actual}, expected {wanted}")


def chunks(limit, count):
    """Split [0, limit) into `count` equal half-open ranges."""
    size = limit // count
    return [(k * size, (k + 1) * size) for k in range(count)]


# --- The functions the workloads call --------------------------------
# These live at the top level of the module so that a worker process can
# find them: on macOS (spawn) a worker imports this file afresh and looks
# `count_primes` up by name; a nested function could not be found.


def is_prime(n):
    """Trial division, the same steps the Swift side takes."""
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(lo, hi):
    """How many n in [lo, hi) are prime."""
    count = 0
    for n in range(lo, hi):
        if is_prime(n):
            count += 1
    return count


async def trivial(i):
    return i


def plain(x):
    return x + 1


async def trivial_async(x):
    return x + 1


async def fetch(i):
    """A pretend network call: 50 ms of waiting, no CPU."""
    await asyncio.sleep(FETCH_SECONDS)
    return i


# --- The workloads ---------------------------------------------------
# Each one is a coroutine that does the work once and returns one sample
# in nanoseconds. The timer starts and stops inside it.


async def bench_spawn():
    """ns per task: gather of 10,000 coroutines that return at once.

    gather wraps each coroutine in a Task, so this is the cost of making,
    scheduling and finishing a task.
    """
    start = time.perf_counter_ns()
    results = await asyncio.gather(*(trivial(i) for i in range(SPAWN_TASKS)))
    elapsed = time.perf_counter_ns() - start
    expect(sum(results), SPAWN_TASKS * (SPAWN_TASKS - 1) // 2, "spawn sum")
    return elapsed / SPAWN_TASKS


async def bench_sleep(n):
    """Wall ns for n concurrent 100 ms sleeps; the ideal is 100 ms."""
    start = time.perf_counter_ns()
    await asyncio.gather(*(asyncio.sleep(SLEEP_SECONDS) for _ in range(n)))
    return time.perf_counter_ns() - start


async def bench_fetch_seq():
    """Wall ns for 10 fetches, one after another; the ideal is 500 ms."""
    start = time.perf_counter_ns()
    total = 0
    for i in range(FETCH_COUNT):
        total += await fetch(i)
    elapsed = time.perf_counter_ns() - start
    expect(total, sum(range(FETCH_COUNT)), "fetch-seq sum")
    return elapsed


async def bench_fetch_conc():
    """Wall ns for the same 10 fetches, all at once; the ideal is 50 ms."""
    start = time.perf_counter_ns()
    results = await asyncio.gather(*(fetch(i) for i in range(FETCH_COUNT)))
    elapsed = time.perf_counter_ns() - start
    expect(sum(results), sum(range(FETCH_COUNT)), "fetch-conc sum")
    return elapsed


async def bench_primes_serial():
    """Wall ns to count the primes below 400,000, chunk after chunk."""
    start = time.perf_counter_ns()
    total = 0
    for lo, hi in chunks(PRIMES_LIMIT, PRIMES_CHUNKS):
        total += count_primes(lo, hi)
    elapsed = time.perf_counter_ns() - start
    expect(total, PRIMES_EXPECTED, "primes-serial count")
    return elapsed


async def chunk(lo, hi):
    # No await inside: once this task starts, it runs to the end. Eight
    # of them take turns on one thread, so you gain nothing over serial.
    return count_primes(lo, hi)


async def bench_primes_tasks():
    """Wall ns for the same chunks as 8 tasks on the one event loop."""
    start = time.perf_counter_ns()
    parts = chunks(PRIMES_LIMIT, PRIMES_CHUNKS)
    counts = await asyncio.gather(*(chunk(lo, hi) for lo, hi in parts))
    elapsed = time.perf_counter_ns() - start
    expect(sum(counts), PRIMES_EXPECTED, "primes-tasks count")
    return elapsed


async def bench_primes_processes(pool):
    """Wall ns for the same chunks in a pool of worker processes.

    Each process has its own interpreter and its own GIL, so the chunks
    really run in parallel, up to one per core. You pay for it in
    pickling the arguments and results and sending them through a pipe.
    """
    loop = asyncio.get_running_loop()
    start = time.perf_counter_ns()
    parts = chunks(PRIMES_LIMIT, PRIMES_CHUNKS)
    counts = await asyncio.gather(
        *(loop.run_in_executor(pool, count_primes, lo, hi)
          for lo, hi in parts))
    elapsed = time.perf_counter_ns() - start
    expect(sum(counts), PRIMES_EXPECTED, "primes-processes count")
    return elapsed


async def bench_call():
    """ns per call of a plain function, the loop's own cost included."""
    x = 0
    start = time.perf_counter_ns()
    for _ in range(CALLS):
        x = plain(x)
    elapsed = time.perf_counter_ns() - start
    expect(x, CALLS, "call result")
    return elapsed / CALLS


async def bench_await():
    """ns per `await` of a coroutine that returns at once.

    The coroutine never suspends, so the event loop is not involved: this
    is the cost of making a coroutine object and running it to its end.
    """
    x = 0
    start = time.perf_counter_ns()
    for _ in range(CALLS):
        x = await trivial_async(x)
    elapsed = time.perf_counter_ns() - start
    expect(x, CALLS, "await result")
    return elapsed / CALLS


async def bench_continuation():
    """ns per future made, completed and awaited.

    The future is already done when you await it, so the task does not
    suspend: this is the bookkeeping of a one-shot result, the nearest
    thing asyncio has to resuming a Swift continuation.
    """
    loop = asyncio.get_running_loop()
    total = 0
    start = time.perf_counter_ns()
    for i in range(CONTINUATIONS):
        fut = loop.create_future()
        fut.set_result(i)
        total += await fut
    elapsed = time.perf_counter_ns() - start
    expect(total, CONTINUATIONS * (CONTINUATIONS - 1) // 2,
           "continuation sum")
    return elapsed / CONTINUATIONS


async def bench_yield():
    """ns per suspension: `await asyncio.sleep(0)` gives the loop a turn.

    The task goes to the back of the ready queue and the loop picks it
    up again: the cost of a real trip through the scheduler, as
    `Task.yield()` is in Swift.
    """
    start = time.perf_counter_ns()
    for _ in range(YIELDS):
        await asyncio.sleep(0)
    elapsed = time.perf_counter_ns() - start
    return elapsed / YIELDS


async def bench_counter_actor():
    """ns per increment: 8 tasks take one asyncio.Lock to add 1.

    A task never suspends while it holds the lock, so no other task ever
    finds it taken: this is the price of taking a free asyncio.Lock, as
    the Swift row is the price of hopping onto a free actor. (Nothing in
    `counter += 1` awaits, so one thread would need no lock at all; a
    real critical section that awaits would.)
    """
    lock = asyncio.Lock()
    counter = 0

    async def worker():
        nonlocal counter
        for _ in range(INCREMENTS):
            async with lock:
                counter += 1

    start = time.perf_counter_ns()
    await asyncio.gather(*(worker() for _ in range(WORKERS)))
    elapsed = time.perf_counter_ns() - start
    expect(counter, WORKERS * INCREMENTS, "counter-actor count")
    return elapsed / (WORKERS * INCREMENTS)


async def bench_counter_mutex():
    """ns per increment: 8 OS threads share a threading.Lock.

    The clock covers starting and joining the threads. This blocks the
    event loop while it runs, which is fine here: nothing else is on it.
    """
    lock = threading.Lock()
    counter = 0

    def worker():
        nonlocal counter
        for _ in range(INCREMENTS):
            with lock:
                counter += 1

    start = time.perf_counter_ns()
    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter_ns() - start
    expect(counter, WORKERS * INCREMENTS, "counter-mutex count")
    return elapsed / (WORKERS * INCREMENTS)


async def bench_counter_atomic():
    """ns per increment: 8 tasks, `counter += 1`, no lock at all.

    All tasks run on one thread and none awaits between reading and
    writing, so no update can be lost: asyncio needs no atomics.
    """
    counter = 0

    async def worker():
        nonlocal counter
        for _ in range(INCREMENTS):
            counter += 1

    start = time.perf_counter_ns()
    await asyncio.gather(*(worker() for _ in range(WORKERS)))
    elapsed = time.perf_counter_ns() - start
    expect(counter, WORKERS * INCREMENTS, "counter-atomic count")
    return elapsed / (WORKERS * INCREMENTS)


async def bench_stream():
    """ns per item passed from a producer task to a consumer task.

    The queue is unbounded, so `put` never waits, and the producer, which
    gather starts first, puts all 200,000 items before the consumer takes
    one. You measure a put plus a get per item, not a task switch.
    """
    queue = asyncio.Queue()
    done = object()  # the sentinel: nothing else is this object

    async def producer():
        for i in range(STREAM_ITEMS):
            await queue.put(i)
        await queue.put(done)

    async def consumer():
        total = 0
        while True:
            item = await queue.get()
            if item is done:
                return total
            total += item

    start = time.perf_counter_ns()
    _, total = await asyncio.gather(producer(), consumer())
    elapsed = time.perf_counter_ns() - start
    expect(total, STREAM_ITEMS * (STREAM_ITEMS - 1) // 2, "stream sum")
    return elapsed / STREAM_ITEMS


# --- The list, in the order the results are printed ------------------
# (id, variant, unit for the progress line, what to run). The Swift side
# matches results by id and ignores ids it does not know.

PER_OP = "ns/op"
WALL = "ms"


def workloads(pool, pool_size):
    """Each entry's last item makes a fresh coroutine for one run."""
    return [
        ("spawn", "asyncio.gather of 10,000 coroutines", PER_OP,
         bench_spawn),
        ("sleep-1", "gather of 1 asyncio.sleep(0.1)", WALL,
         lambda: bench_sleep(1)),
        ("sleep-100", "gather of 100 asyncio.sleep(0.1)", WALL,
         lambda: bench_sleep(100)),
        ("sleep-10000", "gather of 10,000 asyncio.sleep(0.1)", WALL,
         lambda: bench_sleep(10_000)),
        ("fetch-seq", "10 awaits of a 50 ms fetch, one by one", WALL,
         bench_fetch_seq),
        ("fetch-conc", "asyncio.gather of 10 fetches of 50 ms", WALL,
         bench_fetch_conc),
        ("primes-serial", "plain loop over 8 chunks, one thread", WALL,
         bench_primes_serial),
        ("primes-tasks", "asyncio.gather of 8 tasks, one thread (GIL)",
         WALL, bench_primes_tasks),
        ("primes-processes",
         f"ProcessPoolExecutor, {pool_size} processes", WALL,
         lambda: bench_primes_processes(pool)),
        ("call", "plain function call in a loop", PER_OP, bench_call),
        ("await", "await of a coroutine that returns at once", PER_OP,
         bench_await),
        ("continuation", "create_future, set_result, await", PER_OP,
         bench_continuation),
        ("yield", "await asyncio.sleep(0), 200,000 times", PER_OP,
         bench_yield),
        ("counter-actor", "8 tasks, async with asyncio.Lock()", PER_OP,
         bench_counter_actor),
        ("counter-mutex", "8 threads, threading.Lock", PER_OP,
         bench_counter_mutex),
        ("counter-atomic", "8 tasks, no lock (one thread needs none)",
         PER_OP, bench_counter_atomic),
        ("stream", "asyncio.Queue, one producer, one consumer", PER_OP,
         bench_stream),
    ]


WORKLOAD_IDS = [entry[0] for entry in workloads(None, 1)]


# --- Running them ----------------------------------------------------


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Time asyncio workloads; print one JSON object.")
    parser.add_argument("--loop", choices=["asyncio", "uvloop"],
                        default="asyncio")
    parser.add_argument("--warmup", type=int, default=1, metavar="W")
    parser.add_argument("--repeats", type=int, default=5, metavar="R")
    parser.add_argument("--only", metavar="ID[,ID...]",
                        help="run only these: " + ", ".join(WORKLOAD_IDS))
    args = parser.parse_args(argv)
    if args.warmup < 0:
        parser.error("--warmup must be 0 or more")
    if args.repeats < 1:
        parser.error("--repeats must be 1 or more")
    if args.only is None:
        args.only = list(WORKLOAD_IDS)
    else:
        args.only = [name.strip() for name in args.only.split(",")]
        unknown = [name for name in args.only if name not in WORKLOAD_IDS]
        if unknown:
            parser.error("unknown workload: " + ", ".join(unknown))
    return args


def import_uvloop():
    """uvloop, or a one-line message and exit status 2."""
    try:
        import uvloop
    except ImportError:
        print("bench_asyncio.py: uvloop is not installed; install it with"
              " `python3 -m pip install uvloop`", file=sys.stderr)
        sys.exit(2)
    return uvloop


def make_runner(loop_name):
    """A function that runs one coroutine on a fresh event loop.

    asyncio.Runner (3.11+) takes a loop factory. Without one, it asks
    the event loop policy, which for plain asyncio is what you want.
    Before 3.11 you fall back to asyncio.run, after uvloop.install().
    """
    factory = None
    version = platform.python_version()
    if loop_name == "uvloop":
        uvloop = import_uvloop()
        factory = uvloop.new_event_loop
        version = uvloop.__version__

    if hasattr(asyncio, "Runner"):
        def run(coro):
            with asyncio.Runner(loop_factory=factory) as runner:
                return runner.run(coro)
    else:
        if loop_name == "uvloop":
            uvloop.install()
        run = asyncio.run
    return run, version


def is_free_threaded():
    """True on a free-threaded build (3.13t) with the GIL switched off."""
    gil_enabled = getattr(sys, "_is_gil_enabled", None)
    return gil_enabled is not None and not gil_enabled()


def measure(run, bench, warmup, repeats):
    """Run `bench` warmup + repeats times; keep the last `repeats`."""
    samples = []
    for attempt in range(warmup + repeats):
        # Collect garbage left by the last run now, so that the collector
        # is less likely to run in the middle of this one.
        gc.collect()
        sample = run(bench())
        if attempt >= warmup:
            samples.append(float(sample))
    return samples


def describe(samples, unit):
    middle = statistics.median(samples)
    if unit == WALL:
        return f"median {middle / 1e6:.1f} ms"
    return f"median {middle:.0f} ns/op"


def open_pool(size):
    """A process pool, started and warmed before any timing.

    One tiny job per worker makes every process exist and import this
    module before the first timed run, so you do not time start-up.
    """
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=size)
    tiny = [pool.submit(count_primes, 0, 10) for _ in range(size)]
    for job in tiny:
        job.result()
    return pool


def main(argv):
    args = parse_args(argv)
    run, loop_version = make_runner(args.loop)
    pool_size = os.cpu_count() or 1
    pool = None
    if "primes-processes" in args.only:
        pool = open_pool(pool_size)

    results = []
    began = time.perf_counter()
    try:
        for name, variant, unit, bench in workloads(pool, pool_size):
            if name not in args.only:
                continue
            started = time.perf_counter()
            samples = measure(run, bench, args.warmup, args.repeats)
            took = time.perf_counter() - started
            print(f"{args.loop}: {name:<24} {describe(samples, unit):<20}"
                  f" ({took:.1f} s)", file=sys.stderr, flush=True)
            results.append(
                {"id": name, "variant": variant, "samples": samples})
    finally:
        if pool is not None:
            pool.shutdown()
    total = time.perf_counter() - began
    print(f"{args.loop}: {len(results)} workloads in {total:.1f} s",
          file=sys.stderr, flush=True)

    report = {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "loop": args.loop,
        "loop_version": loop_version,
        "free_threaded": is_free_threaded(),
        "cpu_count": os.cpu_count(),
        "results": results,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
