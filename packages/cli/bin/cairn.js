#!/usr/bin/env node
import { endQuietlyOnClosedPipe, main } from '../dist/index.js';

// `cairn export | head` closes the pipe early: a normal end, not a crash.
endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);

process.exitCode = await main(process.argv.slice(2));
