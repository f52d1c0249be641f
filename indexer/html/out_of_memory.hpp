#pragma once
// Running out of memory must end forum-index as a failure (exit 3, "out of memory"), never as a
// crash or, worse, a success. C++ allocations throw std::bad_alloc, caught in main. Two things do
// not: libxml2 answers a failed allocation with NULL — a page parsed without enough memory becomes
// a shorter tree or none, which reads as "not a thread page" — and the main thread's stack, which
// under a limit on address space (ulimit -v) can no longer grow once the heap has taken it all.

namespace forum {

// Once, first thing in main: routes libxml2's allocations and errors through a watch, and grows
// the main thread's stack while there is room.
void prepare_for_out_of_memory();

// Throws std::bad_alloc when libxml2 failed to allocate on this thread since the last call.
void throw_if_xml_allocation_failed();

}  // namespace forum
