# The course's commands. Run `make` to see them. Each one is the course
# program (Sources/Course), built when its sources change.

SWIFT ?= swift
SIMULATED ?=
LIVE ?=
FORCE ?=
BENCH_FLAGS ?=
COURSE := .build/debug/course
COURSE_SOURCES := Package.swift $(wildcard Sources/Course/*.swift) \
  $(wildcard Sources/Syllabus/*.swift)

.DEFAULT_GOAL := help
.PHONY: help test verify progress next lint format bench bench-loop

$(COURSE): $(COURSE_SOURCES)
	@$(SWIFT) build -q --product course
	@touch $(COURSE)

help: $(COURSE) ## List the commands and the lessons
	@$(COURSE) help

lesson-%: $(COURSE) ## make lesson-N: run chapter N (SIMULATED=1: instantly)
	@$(COURSE) lesson "$*" \
	  $(if $(filter-out 0 no false,$(SIMULATED)),--simulated,) \
	  $(if $(filter-out 0 no false,$(LIVE)),--live,)

exercise-%: $(COURSE) ## make exercise-N: check your solutions to chapter N
	@$(COURSE) exercise "$*"

watch-%: $(COURSE) ## make watch-N: check chapter N again on every save
	@$(COURSE) watch "$*"

progress: $(COURSE) ## Every exercise, solved or not, with a progress bar
	@$(COURSE) progress

next: $(COURSE) ## The first unsolved exercise and where to read about it
	@$(COURSE) next

hint-%: $(COURSE) ## make hint-N.M: the next hint for exercise N.M
	@$(COURSE) hint "$*"

reset-%: $(COURSE) ## make reset-N.M: put back N.M's stub, keeping yours
	@$(COURSE) reset "$*"

solution-%: $(COURSE) ## make solution-N.M: the reference solution (FORCE=1)
	@$(COURSE) solution "$*" \
	  $(if $(filter-out 0 no false,$(FORCE)),--force,)

test: $(COURSE) ## Core, lessons, docs, the course program, the solutions
	@$(COURSE) test

verify: $(COURSE) ## Stubs fail, solutions pass, wrong solutions fail
	@$(COURSE) verify

lint: ## Check formatting with swift format and .swift-format
	$(SWIFT) format lint --strict --recursive --parallel \
	  Package.swift Sources Tests

format: ## Format the sources in place
	$(SWIFT) format --in-place --recursive --parallel \
	  Package.swift Sources Tests

bench: ## Swift and Python's asyncio side by side (chapter 8; under a minute)
	@$(SWIFT) build -q -c release --product Bench
	@$(SWIFT) build -q -c release --product BenchStartup
	@.build/release/Bench $(BENCH_FLAGS)

bench-loop: ## Measure the course's own event loop (release build)
	$(SWIFT) build -c release --product CourseKitBenchmark
	.build/release/CourseKitBenchmark
