// Stands in for Prism: stays alive but never listens.
setInterval(() => {}, 1000);
