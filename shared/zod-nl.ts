import { z } from 'zod';

// Validation messages reach the user; zod speaks Dutch here, wherever the schemas run.
z.config(z.locales.nl());

export { z };
