// Stands in for an unrelated program that got a PID Prism had: stays alive, never listens.
setInterval(() => {}, 1000);
