export { main } from './program.js';
export { colourEnabled, UsageError, type Output } from './output.js';
export { endQuietlyOnClosedPipe } from './write/closed-pipe.js';
