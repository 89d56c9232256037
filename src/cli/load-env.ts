import { config } from 'dotenv';

// Imported first by every entry point: settings in `.env` apply as if exported in the shell.
config({ quiet: true });
