/**
 * Draws QR codes on another thread (`drawOffThread` in `write-qr-codes.ts`): a first build draws
 * tens of thousands, and the build's other thread has files to write meanwhile. Replies with one
 * matrix and PNG per text, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { qrMatrix, type QrErrorCorrection } from './matrix.ts';
import { renderQrPng } from './png.ts';

const { texts, errorCorrection, scale } = workerData as {
  texts: string[];
  errorCorrection: QrErrorCorrection;
  scale: number;
};
parentPort!.postMessage(
  texts.map((text) => {
    const matrix = qrMatrix(text, { errorCorrection });
    return { matrix, png: renderQrPng(matrix, { scale }) };
  }),
);
