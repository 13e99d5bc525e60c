# The course's commands. Run `make` to see them.

SWIFT ?= swift
SIMULATED ?=

.DEFAULT_GOAL := help
.PHONY: help test lint bench format

help: ## List the commands and the lessons
	@scripts/course help

lesson-%: ## make lesson-N: run chapter N in real time (SIMULATED=1: instantly)
	@scripts/course lesson "$*" $(if $(filter-out 0 no false,$(SIMULATED)),--simulated,)

exercise-%: ## make exercise-N: check your solutions to chapter N's exercises
	@scripts/course exercise "$*"

test: ## Run the whole suite: core, lessons, docs, solutions, stubs
	@scripts/course test

lint: ## Check formatting with swift format and .swift-format
	$(SWIFT) format lint --strict --recursive --parallel \
	  Package.swift Sources Tests

format: ## Format the sources in place
	$(SWIFT) format --in-place --recursive --parallel \
	  Package.swift Sources Tests

bench: ## Measure the core loop (release build; reports, never asserts)
	$(SWIFT) build -c release --product CourseKitBenchmark
	.build/release/CourseKitBenchmark
