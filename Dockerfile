# ikbot production image: the compiled bot (node dist/main.js) on Node 24 LTS, as a non-root user.
# The database is MongoDB through MONGODB_URI (Atlas or Azure Cosmos DB for MongoDB vCore): the
# embedded mongo-java-server is for development and tests only, so there is no Java in this image.
#   docker build -t ikbot .
#   docker run -p 3978:3978 --env-file .env ikbot     (.env with MONGODB_URI and the bot credentials)

# --- build: all dependencies, compile TypeScript to dist/, then drop the development dependencies
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- run: only what node dist/main.js reads (dist/, cards/, production node_modules)
FROM node:24-bookworm-slim AS run
ENV NODE_ENV=production \
    PORT=3978
WORKDIR /app
# Owned by root and read-only for the bot: the process cannot change its own code.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY cards ./cards
# 1000 is the image's unprivileged node user.
USER 1000:1000
EXPOSE 3978
# /healthz answers while the process lives (liveness); /readyz also checks the database (readiness).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 (exec form, no shell): SIGTERM from the runtime reaches it and ikbot stops within 8 s
# (turns drained, the reminder pass handed back, the database closed). It starts no child processes
# in production, so there is nothing to reap; use `docker run --init` if you add any.
# The heap flags hold the process under 300 MB (V8 otherwise lets garbage grow to 400 MB and more
# before collecting on a large host); the same flags as `npm run start:prod` and infra/azure.bicep.
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=8", "dist/main.js"]
